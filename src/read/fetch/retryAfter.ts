// The wait a Retry-After header asks for (RFC 9110 10.2.3: delay-seconds or an HTTP-date), in
// milliseconds from `now`; null when absent or unreadable (the caller then backs off on its own).
// Example: retryAfterMs('120', now) -> 120000; retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', now) -> ms until then (0 if past)

export function retryAfterMs(header: string | undefined, now: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
