// Places: GeoRSS Simple (`georss:point` "lat lon" ...) and GeoRSS GML (`gml:Point`, `gml:pos`),
// turned into GeoJSON-style geometries with [longitude, latitude] positions.
// Spec: https://www.ogc.org/standard/georss/
import type { Geometry } from '../../model/index.ts';
import { childElements, findChild, textContent, type XmlElement } from '../xml/index.ts';
import type { Draft } from './draft.ts';

type Position = number[];

/** Returns the positions in a list of numbers, lat/lon pairs swapped to lon/lat when swap. */
function positionsOf(text: string, swap: boolean, dims: number): Position[] | null {
  const numbers = text.replaceAll(',', ' ').split(/\s+/).filter(Boolean).map(Number);
  if (numbers.some((n) => Number.isNaN(n))) return null;
  const out: Position[] = [];
  for (let i = 0; i + 1 < numbers.length; i += dims) {
    const [a, b] = [numbers[i] as number, numbers[i + 1] as number];
    const position = swap ? [b, a] : [a, b];
    if (dims === 3 && numbers[i + 2] !== undefined) position.push(numbers[i + 2] as number);
    out.push(position);
  }
  return out;
}

function simpleGeometry(kind: string, text: string): Geometry | null {
  const positions = positionsOf(text, true, 2);
  if (!positions || positions.length === 0) return null;
  if (kind === 'point') return { type: 'Point', coordinates: positions[0] as Position };
  if (kind === 'line') return { type: 'LineString', coordinates: positions };
  if (kind === 'box') return { type: 'Box', coordinates: positions };
  return positions.length >= 4 ? { type: 'Polygon', coordinates: [positions] } : null;
}

/** Reads `georss:point`, `georss:line`, `georss:polygon`, `georss:box`. */
export function readGeoRss(d: Draft, el: XmlElement): void {
  const raw = textContent(el).trim();
  d.where = simpleGeometry(el.key.slice('georss:'.length), raw) ?? { type: 'unreadable', raw };
}

// Geographic coordinate systems (EPSG 4000-4999 and a few others) list latitude first.
function isLatitudeFirst(srsName: string | undefined): boolean {
  if (!srsName?.includes('EPSG')) return true;
  const code = /(\d+)\s*$/.exec(srsName)?.[1];
  if (code === undefined) return true;
  const n = Number(code);
  return (n >= 4000 && n < 5000) || [3819, 3821, 3824, 3889, 3906].includes(n);
}

function gmlGeometry(shape: XmlElement): Geometry | null {
  const swap = isLatitudeFirst(shape.attrs['srsname']);
  const dims = Number(shape.attrs['srsdimension'] ?? '2') === 3 ? 3 : 2;
  const kind = shape.key.slice('gml:'.length);
  const list = findDeep(shape, 'gml:poslist') ?? findDeep(shape, 'gml:pos');
  const positions = list ? positionsOf(textContent(list).trim(), swap, dims) : null;
  if (!positions || positions.length === 0) return null;
  if (kind === 'point') return { type: 'Point', coordinates: positions[0] as Position };
  if (kind === 'linestring') return { type: 'LineString', coordinates: positions };
  if (kind === 'polygon') return { type: 'Polygon', coordinates: [positions] };
  return null;
}

function findDeep(el: XmlElement, key: string): XmlElement | undefined {
  for (const child of childElements(el)) {
    if (child.key === key) return child;
    const found = findDeep(child, key);
    if (found) return found;
  }
  return undefined;
}

/** Reads `georss:where` and bare GML geometries. */
export function readGeoWhere(d: Draft, el: XmlElement): void {
  const shape = el.key.startsWith('gml:') ? el : findChild(el, 'gml:point', 'gml:linestring', 'gml:polygon');
  const geometry = shape ? gmlGeometry(shape) : null;
  d.where = geometry ?? { type: 'unreadable', raw: textContent(el).trim() };
}
