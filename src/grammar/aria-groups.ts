/**
 * Plot labels its mark groups (<g aria-label="line">) and single marks (<line aria-label="…">) without a
 * role, and ARIA allows aria-label only on elements with one: a group gets role="group", a single mark
 * role="img", so screen readers may announce them (WCAG 4.1.2).
 */
export function addGroupRoles(root: Element): Element {
  for (const element of root.querySelectorAll("[aria-label]:not([role]):not(svg)"))
    element.setAttribute("role", element.tagName.toLowerCase() === "g" ? "group" : "img");
  return root;
}
