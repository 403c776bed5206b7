"""The script `jobboard serve` adds to every HTML page it serves (and never to the built site).

It long-polls the server; when a build changes this page's bytes it reloads, and
while the last build failed it shows the errors over the last good page.
"""

LIVE_JS = r"""(() => {
  "use strict";
  const state = window.__jobboard;
  if (!state) return;
  const OVERLAY = "jobboard-errors";

  function show(errors) {
    let box = document.getElementById(OVERLAY);
    if (!errors.length) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("section");
      box.id = OVERLAY;
      box.setAttribute("role", "alert");
      box.setAttribute("aria-label", "Build errors");
      box.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;" +
        "margin:0;padding:1rem 1.25rem;background:#1e1e1e;color:#f5f5f5;border-bottom:4px solid #e5484d;" +
        "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 4px 16px rgba(0,0,0,.4)";
      document.body.appendChild(box);
    }
    box.replaceChildren();
    const heading = document.createElement("p");
    heading.style.cssText = "margin:0 0 .5rem;font-weight:bold;color:#ff9592";
    heading.textContent = "Build failed: showing the last good build. Fix the file and save; this clears by itself.";
    const list = document.createElement("pre");
    list.style.cssText = "margin:0;white-space:pre-wrap;color:inherit;background:none";
    list.textContent = errors.join("\n");
    box.append(heading, list);
  }

  async function follow() {
    let since = state.version;
    for (;;) {
      let data;
      try {
        const query = new URLSearchParams({since: String(since), path: location.pathname});
        const response = await fetch(state.events + "?" + query, {cache: "no-store"});
        if (!response.ok) throw new Error(String(response.status));
        data = await response.json();
      } catch (error) {
        await new Promise((resolve) => setTimeout(resolve, 1000));  // server restarting or stopped
        continue;
      }
      if (data.hash !== state.hash) {
        location.reload();
        return;
      }
      since = data.version;
      show(data.errors);
    }
  }

  show(state.errors);
  follow();
})();
"""
