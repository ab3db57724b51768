// /edit/pages: the staff editor of the site's pages (home, mission, origins, contact, donate...).
import { editingRoutes } from '../editing/routes.tsx';
import { reservedPageSlugs } from '../editing/slugs.ts';
import { sitePaths } from '../urls.ts';
import { pageKind } from './editing.ts';

export const pageEditingRoutes = editingRoutes({
  kind: pageKind,
  basePath: '/edit/pages',
  reservedSlugs: reservedPageSlugs,
  publicPath: sitePaths.page,
  texts: {
    list: 'edit.pages.title',
    create: 'edit.pages.new',
    edit: 'edit.pages.edit',
    created: 'edit.pages.created',
  },
});
