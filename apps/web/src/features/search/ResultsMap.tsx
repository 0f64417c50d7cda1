import 'leaflet/dist/leaflet.css';
import './ResultsMap.css';
import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import L from 'leaflet';
import { Circle, MapContainer, Marker, Popup, TileLayer } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { MapTilesQuery } from './graphql';

export interface MapHit {
  id: string;
  slug: string;
  name: string;
  latitude?: number | null;
  longitude?: number | null;
  placeName: string;
}

export interface MapCentre {
  label: string;
  latitude: number;
  longitude: number;
  radiusKm: number;
}

interface Spot {
  key: string;
  position: [number, number];
  hits: MapHit[];
}

/** Co-ops at the same point (a town's centre, say) share one marker that lists them all. */
function spots(hits: readonly MapHit[]): Spot[] {
  const byPoint = new Map<string, Spot>();
  for (const hit of hits) {
    if (hit.latitude == null || hit.longitude == null) continue;
    const key = `${hit.latitude.toFixed(5)},${hit.longitude.toFixed(5)}`;
    const spot = byPoint.get(key) ?? { key, position: [hit.latitude, hit.longitude], hits: [] };
    spot.hits.push(hit);
    byPoint.set(key, spot);
  }
  return [...byPoint.values()];
}

/**
 * Markers are HTML (a divIcon), not Leaflet's default PNG pins: they need no image files, so they
 * show with no network and no tiles, and Leaflet makes them focusable, with Enter opening the popup.
 */
function pin(count: number, shown: string): L.DivIcon {
  return L.divIcon({
    className: 'p6-map-pin',
    html: count > 1 ? `<span>${shown}</span>` : '<span></span>',
    iconSize: [24, 24],
    iconAnchor: [12, 12],
    popupAnchor: [0, -12],
  });
}

/** The page's results on a map, with the search's place and radius when it has one. */
export default function ResultsMap({ hits, centre }: { hits: readonly MapHit[]; centre: MapCentre | null }) {
  const { t } = useTranslation('search');
  const { formatNumber } = useFormat();
  const { data } = useQuery(MapTilesQuery);
  const tiles = data?.mapTiles ?? null;
  const located = spots(hits);
  const missing = hits.length - located.reduce((n, s) => n + s.hits.length, 0);

  const bounds = L.latLngBounds(located.map((s) => s.position));
  if (centre) {
    bounds.extend(L.latLng(centre.latitude, centre.longitude).toBounds(centre.radiusKm * 2000));
  }
  if (!bounds.isValid()) {
    return <Text py="lg">{t('map.noLocations')}</Text>;
  }

  return (
    <Stack gap={6} role="region" aria-label={t('map.label')}>
      <MapContainer bounds={bounds.pad(0.1)} maxZoom={16} scrollWheelZoom={false} className="p6-results-map">
        {tiles && <TileLayer url={tiles.urlTemplate} attribution={tiles.attribution} />}
        {centre && (
          <Circle
            center={[centre.latitude, centre.longitude]}
            radius={centre.radiusKm * 1000}
            pathOptions={{ weight: 1, fillOpacity: 0.05 }}
          />
        )}
        {located.map((spot) => (
          <Marker
            key={spot.key}
            position={spot.position}
            icon={pin(spot.hits.length, formatNumber(spot.hits.length))}
            title={spot.hits.map((h) => h.name).join(', ')}
            alt={spot.hits.length > 1 ? t('map.pin', { count: spot.hits.length, place: spot.hits[0]!.placeName }) : spot.hits[0]!.name}
          >
            <Popup>
              <Stack gap={4}>
                {spot.hits.map((hit) => (
                  <Anchor key={hit.id} component={Link} to={`/coops/${hit.slug}`} size="sm">
                    {hit.name}
                  </Anchor>
                ))}
                <Text size="xs" c="dimmed">
                  {spot.hits[0]!.placeName}
                </Text>
              </Stack>
            </Popup>
          </Marker>
        ))}
      </MapContainer>
      <Text size="xs" c="dimmed">
        {[missing > 0 ? t('map.shownSomeMissing', { count: missing }) : t('map.shown'), tiles ? null : t('map.noTiles')].filter(Boolean).join(' ')}
      </Text>
    </Stack>
  );
}
