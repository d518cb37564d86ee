// Embeds: a chart-only page tells the page around its iframe how tall it is, and the share actions give a
// ready snippet that listens for that message. No third-party script is involved.

export const heightMessage = "boordtabel-hoogte";

/** Posts {type, id, height} to the parent whenever the page's height changes. */
export function reportHeight(id: string): void {
  if (window.parent === window) return;
  document.documentElement.classList.add("is-embedded");
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({type: heightMessage, id, height}, "*");
  };
  new ResizeObserver(send).observe(document.body);
  send();
}

/** The iframe snippet for a chart: its embed address (with the chart's URL state) and a height listener. */
export function embedSnippet(origin: string, id: string, title: string, search: string, height = 640): string {
  const params = new URLSearchParams(search).get(id);
  const src = `${origin}/embed/${id}${params ? `?${id}=${encodeURIComponent(params)}` : ""}`;
  const escapedTitle = title.replace(/"/g, "&quot;");
  return `<iframe src="${src}" title="${escapedTitle}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>
<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="${heightMessage}"&&d.id==="${id}"){document.querySelectorAll('iframe[src*="/embed/${id}"]').forEach(function(f){f.style.height=d.height+"px"})}})</script>`;
}

/** A Dutch citation: site, chart title, chart and dataset ids, the sources, the address and the date consulted. */
export function citation(options: {
  title: string;
  id: string;
  datasets: string[];
  sources: string[];
  url: string;
  date: Date;
}): string {
  const date = new Intl.DateTimeFormat("nl-BE", {day: "numeric", month: "long", year: "numeric"}).format(options.date);
  return `Boordtabel Sociale Economie, "${options.title}" (grafiek ${options.id}; dataset ${options.datasets.join(", ")}). Op basis van: ${options.sources.join("; ")}. ${options.url}. Geraadpleegd op ${date}.`;
}
