// Addresses of the audit log page. Filters are ids and action names, never personal data.

export const auditPath = '/admin/audit';

export interface AuditFilters {
  action?: string;
  actor?: string;
  subjectKind?: string;
  subjectId?: string;
}

export function auditListHref(filters: AuditFilters, page = 1): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined) query.set(name, value);
  }
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${auditPath}?${search}` : auditPath;
}
