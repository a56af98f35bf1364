import type { Activity } from 'botbuilder';

/**
 * KOKOBOT_ALLOWED_TENANTS at the edge: the tenant an activity names (conversation.tenantId and
 * channelData.tenant.id, the two places Teams puts it, see tenantOf) must be on the list. Every
 * place that names one must name an allowed tenant, and an activity naming none is refused, so
 * the two fields cannot be played against each other. An empty list allows every tenant.
 */
export function tenantCheck(
  activity: Partial<Activity>,
  allowedTenants: readonly string[],
): { allowed: boolean; tenants: string[] } {
  const named = [
    activity.conversation?.tenantId as unknown,
    (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id,
  ].filter((value) => value !== undefined && value !== null);
  const tenants = named.map((value) => String(value).slice(0, 128));
  if (allowedTenants.length === 0) return { allowed: true, tenants };
  const allowed =
    named.length > 0 &&
    named.every(
      (value) => typeof value === 'string' && allowedTenants.includes(value.toLowerCase()),
    );
  return { allowed, tenants };
}
