import type { DossierItem, DossierSummary } from '@contract';
import { api, errorMessage } from '../api/client';
import type { DossierState } from '../hooks/use-dossier';
import { dossiersChanged, requestOpenDossier, trackSave } from './dossier-events';
import { showToast } from './toasts';

const short = (title: string): string => (title.length > 60 ? `${title.slice(0, 57)}…` : title);

/** Removes a document from the dossier at once, with an Undo that puts it back in its place with its commentary. */
export function removeItemWithUndo(state: DossierState, item: DossierItem): void {
  const withCommentary = item.commentary.trim() !== '';
  state.change(
    () =>
      api.call('dossiers.removeItem', { itemId: item.id }).then((d) => {
        showToast(`Removed “${short(item.doc.title)}”${withCommentary ? ' and its commentary' : ''}`, {
          label: 'Undo',
          run: () => state.change(() => api.call('dossiers.restoreItem', { itemId: item.id })),
        });
        return d;
      }),
    (d) => ({ ...d, items: d.items.filter((x) => x.id !== item.id) }),
  );
}

/** Deletes a dossier (to the trash), with an Undo that brings it back and opens it. */
export async function deleteDossierWithUndo(dossier: DossierSummary): Promise<boolean> {
  try {
    await trackSave(api.call('dossiers.delete', { id: dossier.id }));
  } catch (err) {
    showToast(`Not deleted: ${errorMessage(err)}`);
    return false;
  }
  dossiersChanged();
  showToast(`Deleted the dossier “${short(dossier.title)}” — it is in the trash for 30 days`, {
    label: 'Undo',
    run: () => {
      api.call('dossiers.restore', { id: dossier.id }).then(
        () => {
          dossiersChanged();
          requestOpenDossier(dossier.id);
        },
        (err: unknown) => showToast(`Not restored: ${errorMessage(err)}`),
      );
    },
  });
  return true;
}
