import { describe, expect, it } from 'vitest';
import { placeSuggestions, shortVolume } from '../../src-renderer/src/lib/suggest-place';

const pane = { top: 0, left: 1000, right: 1400, bottom: 900 };

describe('[[ list placement', () => {
  it('goes under the caret line when there is room, as tall as fits', () => {
    const wide = { ...pane, right: 1600 };
    expect(placeSuggestions({ top: 200, bottom: 220, left: 1100 }, wide, 900)).toEqual({ left: 1100, width: 448, top: 224, maxHeight: 360 });
    expect(placeSuggestions({ top: 600, bottom: 620, left: 1100 }, pane, 900)).toMatchObject({ top: 624, maxHeight: 268 });
  });

  it('opens upwards near the foot of the pane, and never spills out on the right', () => {
    const place = placeSuggestions({ top: 820, bottom: 840, left: 1350 }, pane, 900);
    expect(place).toEqual({ left: 1008, width: 384, bottom: 84, maxHeight: 360 });
    expect(place.left + place.width).toBeLessThanOrEqual(pane.right);
  });

  it('names volumes briefly', () => {
    expect(shortVolume('Papers Relating to the Foreign Relations of the United States, 1918, Russia, Volume III')).toBe('FRUS 1918, Russia, vol. III');
    expect(shortVolume('Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)')).toBe('FRUS 1894, Nicaragua (Mosquito Territory)');
    expect(shortVolume(null)).toBe('');
  });
});
