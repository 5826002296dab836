// A map of the events' places as inline SVG, drawn in Node from the offline world-atlas outline.

import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { escapeHtml } from './escape.ts';

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
  /** Tooltip: what happened there. */
  title: string;
  background: boolean;
  /** Fragment the marker links to ("#ev-3"). */
  href: string;
}

const width = 960;
const height = 380;
/** Smallest area shown around the places (degrees), so one city still shows its region. */
const minSpanLon = 36;
const minSpanLat = 20;

const require = createRequire(import.meta.url);
let world: { land: GeoJSON.Feature | GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString } | null = null;

/** The 1:110m outline, read once from the installed package (never fetched). */
const loadWorld = () => {
  if (world) return world;
  const topo = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  world = { land: feature(topo, topo.objects.land), borders: mesh(topo, topo.objects.countries, (a, b) => a !== b) };
  return world;
};

/** A projection fitted to the places (with margin), or the whole world when they spread wide. */
const projectionFor = (points: MapPoint[]): GeoProjection => {
  const extent: [[number, number], [number, number]] = [[10, 10], [width - 10, height - 10]];
  if (points.length === 0) return geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' });
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const spanLon = Math.max(minSpanLon, (e - w) * 1.5);
  const spanLat = Math.max(minSpanLat, (n - s) * 1.5);
  if (spanLon > 200 || spanLat > 110) return geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' });
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const box: GeoJSON.MultiPoint = {
    type: 'MultiPoint',
    coordinates: [[cx - spanLon / 2, Math.max(-80, cy - spanLat / 2)], [cx + spanLon / 2, Math.min(80, cy + spanLat / 2)]],
  };
  return geoMercator().fitExtent(extent, box);
};

/** One marker per distinct place; events at the same place share it. */
const mergePoints = (points: MapPoint[]): MapPoint[] => {
  const byKey = new Map<string, MapPoint>();
  for (const p of points) {
    const key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...p });
    else byKey.set(key, { ...seen, title: `${seen.title}\n${p.title}`, background: seen.background && p.background });
  }
  return [...byKey.values()];
};

/** The map as an `<svg>` element: land, borders, one labelled marker per place. */
export const renderMapSvg = (points: MapPoint[]): string => {
  const { land, borders } = loadWorld();
  const places = mergePoints(points);
  const projection = projectionFor(places).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const markers = places
    .map((p) => {
      const xy = projection([p.lon, p.lat]);
      if (!xy) return '';
      const [x, y] = xy.map((v) => Math.round(v * 10) / 10);
      const anchor = x > width - 160 ? 'end' : 'start';
      const dx = anchor === 'end' ? -10 : 10;
      return (
        `<a href="${escapeHtml(p.href)}" class="marker${p.background ? ' bg' : ''}"><title>${escapeHtml(p.title)}</title>` +
        `<circle cx="${x}" cy="${y}" r="${p.background ? 5 : 7}"/>` +
        `<text x="${x + dx}" y="${y + 4}" text-anchor="${anchor}">${escapeHtml(p.label)}</text></a>`
      );
    })
    .join('');
  return (
    `<svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-label="Map of the events' places">` +
    `<rect class="sea" width="${width}" height="${height}"/>` +
    `<path class="land" d="${path(land) ?? ''}"/>` +
    `<path class="borders" d="${path(borders) ?? ''}"/>` +
    `${markers}</svg>`
  );
};
