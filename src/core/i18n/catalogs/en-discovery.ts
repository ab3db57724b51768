// English texts of the site's discovery.
export const enDiscovery = {} as const;
