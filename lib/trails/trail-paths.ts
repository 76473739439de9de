/** The dashboard's pages for a trail, addressed by its home region and name. */
export function trailPath(
  trail: { homeRegion: string; name: string },
  page?: "edit" | "selectors",
) {
  const path = `/trails/${encodeURIComponent(trail.homeRegion)}/${encodeURIComponent(trail.name)}`;
  return page ? `${path}/${page}` : path;
}
