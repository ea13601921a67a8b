/**
 * The places Chancery knows: one entry per place, with the names it went by
 * (Peking, Peiping, Beijing), its country as a present-day state (so that a
 * place keeps one country across 1860–1980: Harbin is China, Petrograd
 * Russia), where it lies, and the IANA zone whose history keeps its clocks
 * (src-shared/clock reads the zones from here: one table, one rule).
 *
 * It covers the datelines of the FRUS volumes Chancery is tested on, and the
 * capitals and posts American diplomats wrote from, 1860–1980. A place not in
 * it is never guessed at: the dateline's own words stay the place.
 */
export interface PlaceEntry {
  /** Stable id: the name folded ('peking', 'san-jose'). */
  id: string;
  /** The name shown: the one the State Department's records mostly use. */
  name: string;
  country: string;
  lat: number;
  lon: number;
  zone: string;
  /** Other names and spellings, matched as whole words, case and accents aside. */
  aliases: string[];
}

type Row = [name: string, country: string, lat: number, lon: number, zone: string, aliases?: string[]];

// Rows: name, country, latitude, longitude, zone, other names. A misprint a volume prints is an alias only when the
// editors' context leaves no doubt (frus1894Nicaragua's "Mamagua" for the legation at Managua).
const ROWS: Row[] = [
  ['Washington', 'United States', 38.9, -77.04, 'America/New_York', ['Washington, D.C.', 'Department of State', 'White House']],
  ['New York', 'United States', 40.71, -74.01, 'America/New_York'],
  ['Salt Lake City', 'United States', 40.76, -111.89, 'America/Denver'],
  ['San Francisco', 'United States', 37.77, -122.42, 'America/Los_Angeles'],
  ['Honolulu', 'United States', 21.31, -157.86, 'Pacific/Honolulu'],
  ['Ottawa', 'Canada', 45.42, -75.7, 'America/Toronto'],
  ['Mexico City', 'Mexico', 19.43, -99.13, 'America/Mexico_City', ['Mexico']],
  ['Guatemala City', 'Guatemala', 14.63, -90.51, 'America/Guatemala', ['Guatemala']],
  ['San Salvador', 'El Salvador', 13.69, -89.19, 'America/El_Salvador'],
  ['La Libertad', 'El Salvador', 13.49, -89.32, 'America/El_Salvador'],
  ['Tegucigalpa', 'Honduras', 14.07, -87.19, 'America/Tegucigalpa'],
  ['Managua', 'Nicaragua', 12.13, -86.25, 'America/Managua', ['Mamagua']],
  ['Bluefields', 'Nicaragua', 12.01, -83.76, 'America/Managua'],
  ['San Juan del Norte', 'Nicaragua', 10.92, -83.7, 'America/Managua', ['Greytown']],
  ['San José', 'Costa Rica', 9.93, -84.08, 'America/Costa_Rica'],
  ['Panama City', 'Panama', 8.98, -79.52, 'America/Panama', ['Panama']],
  ['Colón', 'Panama', 9.36, -79.9, 'America/Panama'],
  ['Havana', 'Cuba', 23.11, -82.37, 'America/Havana', ['Habana']],
  ['Port-au-Prince', 'Haiti', 18.54, -72.34, 'America/Port-au-Prince'],
  ['Santo Domingo', 'Dominican Republic', 18.49, -69.93, 'America/Santo_Domingo', ['Ciudad Trujillo']],
  ['Bogotá', 'Colombia', 4.71, -74.07, 'America/Bogota'],
  ['Caracas', 'Venezuela', 10.49, -66.88, 'America/Caracas'],
  ['Quito', 'Ecuador', -0.18, -78.47, 'America/Guayaquil'],
  ['Lima', 'Peru', -12.05, -77.04, 'America/Lima'],
  ['La Paz', 'Bolivia', -16.5, -68.15, 'America/La_Paz'],
  ['Santiago', 'Chile', -33.45, -70.67, 'America/Santiago'],
  ['Buenos Aires', 'Argentina', -34.6, -58.38, 'America/Argentina/Buenos_Aires'],
  ['Montevideo', 'Uruguay', -34.9, -56.16, 'America/Montevideo'],
  ['Asunción', 'Paraguay', -25.26, -57.58, 'America/Asuncion'],
  ['Rio de Janeiro', 'Brazil', -22.91, -43.17, 'America/Sao_Paulo'],
  ['Brasília', 'Brazil', -15.79, -47.88, 'America/Sao_Paulo'],
  ['London', 'United Kingdom', 51.51, -0.13, 'Europe/London'],
  ['Dublin', 'Ireland', 53.35, -6.26, 'Europe/Dublin'],
  ['Paris', 'France', 48.86, 2.35, 'Europe/Paris'],
  ['Vichy', 'France', 46.13, 3.43, 'Europe/Paris'],
  ['Brussels', 'Belgium', 50.85, 4.35, 'Europe/Brussels'],
  ['The Hague', 'Netherlands', 52.08, 4.3, 'Europe/Amsterdam'],
  ['Luxembourg', 'Luxembourg', 49.61, 6.13, 'Europe/Luxembourg'],
  ['Berne', 'Switzerland', 46.95, 7.45, 'Europe/Zurich', ['Bern']],
  ['Geneva', 'Switzerland', 46.2, 6.15, 'Europe/Zurich'],
  ['Berlin', 'Germany', 52.52, 13.4, 'Europe/Berlin'],
  ['Bonn', 'Germany', 50.73, 7.1, 'Europe/Berlin'],
  ['Munich', 'Germany', 48.14, 11.58, 'Europe/Berlin'],
  ['Danzig', 'Poland', 54.35, 18.65, 'Europe/Warsaw', ['Gdańsk', 'Gdansk']],
  ['Vienna', 'Austria', 48.21, 16.37, 'Europe/Vienna'],
  ['Prague', 'Czechoslovakia', 50.08, 14.44, 'Europe/Prague'],
  ['Budapest', 'Hungary', 47.5, 19.04, 'Europe/Budapest'],
  ['Warsaw', 'Poland', 52.23, 21.01, 'Europe/Warsaw'],
  ['Rome', 'Italy', 41.9, 12.5, 'Europe/Rome'],
  ['Madrid', 'Spain', 40.42, -3.7, 'Europe/Madrid'],
  ['Lisbon', 'Portugal', 38.72, -9.14, 'Europe/Lisbon'],
  ['Athens', 'Greece', 37.98, 23.73, 'Europe/Athens'],
  ['Belgrade', 'Yugoslavia', 44.79, 20.45, 'Europe/Belgrade'],
  ['Bucharest', 'Romania', 44.43, 26.1, 'Europe/Bucharest'],
  ['Sofia', 'Bulgaria', 42.7, 23.32, 'Europe/Sofia'],
  ['Tirana', 'Albania', 41.33, 19.82, 'Europe/Tirane'],
  ['Istanbul', 'Turkey', 41.01, 28.98, 'Europe/Istanbul', ['Constantinople']],
  ['Ankara', 'Turkey', 39.93, 32.86, 'Europe/Istanbul', ['Angora']],
  ['Copenhagen', 'Denmark', 55.68, 12.57, 'Europe/Copenhagen'],
  ['Stockholm', 'Sweden', 59.33, 18.07, 'Europe/Stockholm'],
  ['Oslo', 'Norway', 59.91, 10.75, 'Europe/Oslo', ['Christiania', 'Kristiania']],
  ['Helsinki', 'Finland', 60.17, 24.94, 'Europe/Helsinki', ['Helsingfors']],
  ['Tallinn', 'Estonia', 59.44, 24.75, 'Europe/Tallinn', ['Reval']],
  ['Riga', 'Latvia', 56.95, 24.11, 'Europe/Riga'],
  ['Kaunas', 'Lithuania', 54.9, 23.9, 'Europe/Vilnius', ['Kovno']],
  ['Petrograd', 'Russia', 59.94, 30.31, 'Europe/Moscow', ['St. Petersburg', 'Saint Petersburg', 'Petersburg', 'Leningrad']],
  ['Moscow', 'Russia', 55.76, 37.62, 'Europe/Moscow'],
  ['Vologda', 'Russia', 59.22, 39.88, 'Europe/Moscow'],
  ['Archangel', 'Russia', 64.54, 40.54, 'Europe/Moscow', ['Arkhangelsk']],
  ['Murmansk', 'Russia', 68.97, 33.09, 'Europe/Moscow'],
  ['Kiev', 'Ukraine', 50.45, 30.52, 'Europe/Kyiv', ['Kyiv']],
  ['Odessa', 'Ukraine', 46.48, 30.73, 'Europe/Kyiv'],
  ['Samara', 'Russia', 53.2, 50.15, 'Europe/Samara', ['Kuibyshev', 'Kuybyshev']],
  ['Ekaterinburg', 'Russia', 56.84, 60.6, 'Asia/Yekaterinburg', ['Yekaterinburg', 'Sverdlovsk']],
  ['Omsk', 'Russia', 54.99, 73.37, 'Asia/Omsk'],
  ['Irkutsk', 'Russia', 52.29, 104.28, 'Asia/Irkutsk'],
  ['Chita', 'Russia', 52.03, 113.5, 'Asia/Chita'],
  ['Vladivostok', 'Russia', 43.12, 131.89, 'Asia/Vladivostok'],
  ['Tiflis', 'Georgia', 41.72, 44.79, 'Asia/Tbilisi', ['Tbilisi']],
  ['Harbin', 'China', 45.8, 126.53, 'Asia/Shanghai'],
  ['Mukden', 'China', 41.8, 123.43, 'Asia/Shanghai', ['Shenyang']],
  ['Peking', 'China', 39.9, 116.4, 'Asia/Shanghai', ['Peiping', 'Pekin', 'Beijing']],
  ['Tientsin', 'China', 39.13, 117.2, 'Asia/Shanghai', ['Tianjin']],
  ['Shanghai', 'China', 31.23, 121.47, 'Asia/Shanghai'],
  ['Nanking', 'China', 32.06, 118.8, 'Asia/Shanghai', ['Nanjing']],
  ['Chungking', 'China', 29.56, 106.55, 'Asia/Shanghai', ['Chongqing']],
  ['Canton', 'China', 23.13, 113.26, 'Asia/Shanghai', ['Guangzhou']],
  ['Hong Kong', 'China', 22.3, 114.17, 'Asia/Hong_Kong'],
  ['Taipei', 'Taiwan', 25.03, 121.57, 'Asia/Taipei'],
  ['Seoul', 'Korea', 37.57, 126.98, 'Asia/Seoul', ['Keijo']],
  ['Tokyo', 'Japan', 35.68, 139.69, 'Asia/Tokyo'],
  ['Yokohama', 'Japan', 35.44, 139.64, 'Asia/Tokyo'],
  ['Nagasaki', 'Japan', 32.75, 129.88, 'Asia/Tokyo'],
  ['Manila', 'Philippines', 14.6, 120.98, 'Asia/Manila'],
  ['Saigon', 'Vietnam', 10.78, 106.7, 'Asia/Ho_Chi_Minh'],
  ['Hanoi', 'Vietnam', 21.03, 105.85, 'Asia/Bangkok'],
  ['Vientiane', 'Laos', 17.97, 102.63, 'Asia/Vientiane'],
  ['Phnom Penh', 'Cambodia', 11.56, 104.92, 'Asia/Phnom_Penh'],
  ['Bangkok', 'Thailand', 13.76, 100.5, 'Asia/Bangkok'],
  ['Rangoon', 'Burma', 16.87, 96.2, 'Asia/Yangon', ['Yangon']],
  ['Singapore', 'Singapore', 1.29, 103.85, 'Asia/Singapore'],
  ['Batavia', 'Indonesia', -6.2, 106.85, 'Asia/Jakarta', ['Djakarta', 'Jakarta']],
  ['New Delhi', 'India', 28.61, 77.21, 'Asia/Kolkata', ['Delhi']],
  ['Bombay', 'India', 19.08, 72.88, 'Asia/Kolkata', ['Mumbai']],
  ['Calcutta', 'India', 22.57, 88.36, 'Asia/Kolkata', ['Kolkata']],
  ['Karachi', 'Pakistan', 24.86, 67.0, 'Asia/Karachi'],
  ['Kabul', 'Afghanistan', 34.53, 69.17, 'Asia/Kabul'],
  ['Teheran', 'Iran', 35.69, 51.39, 'Asia/Tehran', ['Tehran']],
  ['Baghdad', 'Iraq', 33.31, 44.36, 'Asia/Baghdad'],
  ['Beirut', 'Lebanon', 33.89, 35.5, 'Asia/Beirut'],
  ['Damascus', 'Syria', 33.51, 36.29, 'Asia/Damascus'],
  ['Jerusalem', 'Israel', 31.78, 35.22, 'Asia/Jerusalem'],
  ['Tel Aviv', 'Israel', 32.09, 34.78, 'Asia/Jerusalem'],
  ['Amman', 'Jordan', 31.95, 35.93, 'Asia/Amman'],
  ['Jidda', 'Saudi Arabia', 21.49, 39.19, 'Asia/Riyadh', ['Jeddah']],
  ['Aden', 'Yemen', 12.79, 45.02, 'Asia/Aden'],
  ['Cairo', 'Egypt', 30.04, 31.24, 'Africa/Cairo'],
  ['Alexandria', 'Egypt', 31.2, 29.92, 'Africa/Cairo'],
  ['Tangier', 'Morocco', 35.76, -5.83, 'Africa/Casablanca'],
  ['Rabat', 'Morocco', 34.02, -6.84, 'Africa/Casablanca'],
  ['Algiers', 'Algeria', 36.75, 3.06, 'Africa/Algiers'],
  ['Tunis', 'Tunisia', 36.81, 10.18, 'Africa/Tunis'],
  ['Tripoli', 'Libya', 32.89, 13.19, 'Africa/Tripoli'],
  ['Khartoum', 'Sudan', 15.5, 32.56, 'Africa/Khartoum'],
  ['Addis Ababa', 'Ethiopia', 9.03, 38.74, 'Africa/Addis_Ababa'],
  ['Nairobi', 'Kenya', -1.29, 36.82, 'Africa/Nairobi'],
  ['Monrovia', 'Liberia', 6.3, -10.8, 'Africa/Monrovia'],
  ['Dakar', 'Senegal', 14.72, -17.47, 'Africa/Dakar'],
  ['Accra', 'Ghana', 5.6, -0.19, 'Africa/Accra'],
  ['Lagos', 'Nigeria', 6.52, 3.38, 'Africa/Lagos'],
  ['Léopoldville', 'Congo', -4.44, 15.27, 'Africa/Kinshasa', ['Leopoldville', 'Kinshasa']],
  ['Salisbury', 'Zimbabwe', -17.83, 31.05, 'Africa/Harare', ['Harare']],
  ['Pretoria', 'South Africa', -25.75, 28.19, 'Africa/Johannesburg'],
  ['Cape Town', 'South Africa', -33.92, 18.42, 'Africa/Johannesburg'],
  ['Canberra', 'Australia', -35.28, 149.13, 'Australia/Sydney'],
  ['Wellington', 'New Zealand', -41.29, 174.78, 'Pacific/Auckland'],
];

const slug = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');

export const PLACES: readonly PlaceEntry[] = ROWS.map(([name, country, lat, lon, zone, aliases = []]) => ({ id: slug(name), name, country, lat, lon, zone, aliases }));

const byId = new Map(PLACES.map((p) => [p.id, p]));
const byName = new Map(PLACES.map((p) => [p.name, p]));

export const placeById = (id: string): PlaceEntry | undefined => byId.get(id);

/** The entry a facet value names ("Peking"), if it is a known place rather than a dateline kept as written. */
export const placeByName = (name: string): PlaceEntry | undefined => byName.get(name);
