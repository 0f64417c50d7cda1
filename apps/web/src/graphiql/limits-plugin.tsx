import { IconGauge } from '@tabler/icons-react';
import type { GraphiQLProps } from 'graphiql';
import type { ApiLimits } from './api-limits';
import { LimitsPanel } from './LimitsPanel';

/** graphiql re-exports no name for it; @graphiql/react (its dependency) does not resolve from here. */
type GraphiQLPlugin = NonNullable<GraphiQLProps['plugins']>[number];

export const LIMITS_PLUGIN_TITLE = 'About this API and its limits';

/** The limits panel as a GraphiQL plugin: a sidebar button beside the docs and history. */
export function limitsPlugin(limits: ApiLimits): GraphiQLPlugin {
  return {
    title: LIMITS_PLUGIN_TITLE,
    icon: () => <IconGauge aria-hidden stroke={1.5} />,
    content: () => <LimitsPanel limits={limits} />,
  };
}
