import { Box, Text } from '@mantine/core';
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface GraphCoop {
  id: string;
  name: string;
}

export interface GraphLink {
  fromCoopId: string;
  toCoopId: string;
  count: number;
}

/**
 * Who refers whom among the member co-ops, drawn by Cytoscape.js: an arrow per giver and
 * receiver, thicker for more referrals. Co-ops with no referrals either way are left off, so
 * the drawing shows the council's web of business, not its membership list.
 */
export default function ReferralGraph({ coops, links }: { coops: GraphCoop[]; links: GraphLink[] }) {
  const { t } = useTranslation('councils');
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || links.length === 0) return;
    const linked = new Set(links.flatMap((l) => [l.fromCoopId, l.toCoopId]));
    const nodes = coops.filter((c) => linked.has(c.id));
    const most = Math.max(...links.map((l) => l.count));
    const graph = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((c) => ({ data: { id: c.id, label: c.name } })),
        ...links.map((l) => ({ data: { id: `${l.fromCoopId}>${l.toCoopId}`, source: l.fromCoopId, target: l.toCoopId, weight: 1 + (5 * l.count) / most, count: l.count } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#12b886', 'text-valign': 'bottom', 'text-margin-y': 4 } },
        {
          selector: 'edge',
          style: { width: 'data(weight)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', label: 'data(count)', 'font-size': 10 },
        },
      ],
      layout: { name: 'cose', animate: false },
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
    });
    return () => graph.destroy();
  }, [coops, links]);
  if (links.length === 0) return <Text c="dimmed">{t('graph.none')}</Text>;
  const nameOf = (id: string) => coops.find((c) => c.id === id)?.name ?? '';
  return (
    <Box
      ref={container}
      h={360}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
      role="img"
      aria-label={t('graph.label', {
        links: links.map((l) => t('graph.link', { from: nameOf(l.fromCoopId), to: nameOf(l.toCoopId), referrals: l.count })).join('; '),
      })}
    />
  );
}
