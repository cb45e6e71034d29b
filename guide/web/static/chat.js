// Light JavaScript for the chat: stream the reply (server-sent events over fetch), keep the newest reply in view,
// pin an emergency's call links on top, and put the care team's answer under the question it answers when it
// arrives (polling the JSON API: no reload, so typed text and scroll stay). Without JavaScript the form posts and
// the page reloads with the reply, and the server renders the emergency banner.
(function () {
  "use strict";
  const form = document.getElementById("ask");
  const thread = document.getElementById("thread");
  if (!form || !thread) return;
  const conversation = thread.dataset.conversation;
  const csrf = form.querySelector("input[name=csrf_token]").value;
  const errorBox = document.getElementById("ask-error");
  const scroller = document.getElementById("chat-scroll") || document.scrollingElement;
  const BADGES = { answered: ["Answered", "answered"], needs_review: ["Waiting for your care team", "waiting"],
                   emergency: ["Emergency", "emergency"], resolved: ["Your care team answered", "resolved"] };

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;  // text only: nothing from the server is parsed as HTML
    return node;
  }

  // The composer's paragraph headings in plain words; the plan is the consumer's own ("Rosa's care plan says:").
  const firstName = thread.dataset.firstName || "";
  const HEADINGS = { "The care plan says:": "plan", "From the care plan:": "plan",
                     "Our health library says:": "Our health library says:", "From our health library:": "Our health library says:",
                     "When to call the care team:": "When to call the care team:" };
  function heading(line) {
    const h = HEADINGS[line.trim()];
    if (h !== "plan") return h || null;
    if (thread.dataset.ownPlan === "true") return "Your care plan says:";  // the consumer reading their own plan
    return firstName ? firstName + "\u2019s care plan says:" : "The care plan says:";
  }

  // One paragraph per source, its heading in bold once; [n] links to the cited passage; text only, never HTML.
  function renderText(container, text, citations) {
    container.textContent = "";
    text.trim().split(/\n\s*\n/).forEach(function (block) {
      const lines = block.split("\n");
      const head = heading(lines[0]);
      const p = el("p");
      if (head) {
        p.appendChild(el("strong", "source", head));
        lines.shift();
        // a list ("\u2022 " items) starts on the line under its heading
        p.appendChild(lines.length && lines[0].startsWith("\u2022") ? el("br") : document.createTextNode(" "));
      }
      renderInline(p, lines.join("\n"), citations);
      container.appendChild(p);
    });
  }

  function renderInline(container, text, citations) {
    const parts = text.split(/(\[\d+\])/);
    for (const part of parts) {
      const m = /^\[(\d+)\]$/.exec(part);
      const cited = m && citations[Number(m[1]) - 1];
      if (cited) {
        const a = el("a", "cite", part);
        a.href = "/chat/c/" + conversation + "/passage/" + encodeURIComponent(cited.id);
        a.title = cited.title;
        a.setAttribute("aria-label", "source " + m[1] + ": " + cited.title);
        container.appendChild(a);
      } else {
        part.split("\n").forEach(function (line, i) {
          if (i > 0) container.appendChild(document.createElement("br"));
          container.appendChild(document.createTextNode(line));
        });
      }
    }
  }

  function badge(status) {
    const b = BADGES[status];
    return b ? el("span", "badge " + b[1], b[0]) : null;
  }

  // Scroll the thread just enough that the reply shows, its top (and the question above it, when both fit) first.
  function reveal(question, reply) {
    const box = scroller.getBoundingClientRect();
    const top = (question || reply).getBoundingClientRect().top;
    const r = reply.getBoundingClientRect();
    let delta = Math.min(r.bottom - box.bottom + 12, top - box.top - 8);
    if (r.top - delta > box.bottom - 64) delta = r.top - box.top - 8;  // a long question: the reply's top wins
    if (delta > 0 || top < box.top) scroller.scrollTop += delta;
  }

  function nearBottom() { return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48; }

  const banner = document.getElementById("emergency");
  // the numbers the reply says to call, in its order; 911 always, first when the reply does not name it
  // (the same rule as emergency_calls in guide/web/routes/chat.py)
  function calls(text) {
    const where = function (re) { const m = re.exec(text); return m ? m.index + m[1].length : null; };
    const found = [];
    const at911 = where(/(^|\D)911(?!\d)/);
    found.push([at911 === null ? -1 : at911, "Call 911", "tel:911"]);
    const at988 = where(/(^|\D)988(?!\d)/);
    if (at988 !== null) found.push([at988, "Call or text 988", "tel:988"]);
    const atPoison = text.indexOf("1-800-222-1222");
    if (atPoison >= 0) found.push([atPoison, "Poison Control 1-800-222-1222", "tel:18002221222"]);
    found.sort(function (a, b) { return a[0] - b[0]; });
    return found.map(function (c) { return [c[1], c[2]]; });
  }

  function showEmergency(messageId, text) {
    if (!banner) return;
    const list = document.getElementById("emergency-calls");
    list.textContent = "";
    calls(text).forEach(function (c) { const a = el("a", "call", c[0]); a.href = c[1]; list.appendChild(a); });
    document.getElementById("emergency-read").href = "#m-" + messageId;
    banner.dataset.message = messageId;
    banner.hidden = false;
    banner.setAttribute("role", "alert");
  }

  if (banner) {
    const dismiss = document.getElementById("emergency-dismiss");
    dismiss.hidden = false;  // without JavaScript the banner simply stays
    const key = function () { return "emergency-dismissed-" + banner.dataset.message; };
    try { if (banner.dataset.message && sessionStorage.getItem(key())) banner.hidden = true; } catch (e) { /* storage off */ }
    dismiss.addEventListener("click", function () {
      banner.hidden = true;
      try { sessionStorage.setItem(key(), "1"); } catch (e) { /* storage off: dismissed for this page only */ }
      form.querySelector("textarea").focus();
    });
  }

  function parseEvents(buffer, onEvent) {
    const blocks = buffer.split(/\r?\n\r?\n/);
    const rest = blocks.pop();
    for (const block of blocks) {
      let event = "message"; const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) onEvent(event, JSON.parse(data.join("\n")));
    }
    return rest;
  }

  const live = document.getElementById("live");
  function announce(status, text) {  // the whole reply once, when it is complete: screen readers hear it in one piece
    if (!live) return;
    const b = BADGES[status];
    live.textContent = (b ? b[0] + ". " : "") + text.replace(/\s*\[\d+\]/g, "");
  }

  function feedbackForm(messageId) {
    const f = el("form", "feedback");
    f.method = "post";
    f.action = "/chat/c/" + conversation + "/m/" + messageId + "/feedback";
    const token = el("input"); token.type = "hidden"; token.name = "csrf_token"; token.value = csrf; f.appendChild(token);
    const label = el("label", "sr-only", "Comment on this reply (optional)");
    label.htmlFor = "comment-" + messageId; f.appendChild(label);
    const comment = el("input"); comment.id = "comment-" + messageId; comment.name = "comment";
    comment.placeholder = "Comment (optional)"; comment.maxLength = 2000; f.appendChild(comment);
    [["1", "Helpful"], ["-1", "Not helpful"]].forEach(function (r) {
      const b = el("button", null, r[1]); b.type = "submit"; b.name = "rating"; b.value = r[0]; f.appendChild(b);
    });
    const thanks = el("span", "thanks"); thanks.setAttribute("role", "status"); f.appendChild(thanks);
    return f;
  }

  // Feedback without leaving the page: the same form, sent with fetch; the server's redirect is not followed.
  thread.addEventListener("submit", function (event) {
    const f = event.target;
    if (!f.classList || !f.classList.contains("feedback")) return;
    event.preventDefault();
    const data = new URLSearchParams(new FormData(f));
    if (event.submitter && event.submitter.name) data.set(event.submitter.name, event.submitter.value);
    const thanks = f.querySelector(".thanks");
    fetch(f.action, { method: "POST", credentials: "same-origin", body: data, redirect: "manual" })
      .then(function (r) {
        const ok = r.type === "opaqueredirect" || r.ok;
        thanks.textContent = ok ? "Thank you: your feedback was saved." : "Your feedback could not be saved. Please try again.";
        if (ok) f.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      })
      .catch(function () { thanks.textContent = "Your feedback could not be saved. Please try again."; });
  });

  async function ask(question) {
    const mine = el("li", "msg user");
    mine.appendChild(el("p", "who", "You asked"));
    mine.appendChild(el("p", "text", question));
    thread.appendChild(mine);
    const reply = el("li", "msg assistant");
    const who = el("p", "who", "Home Team Guide");
    const text = el("div", "text", "…");
    reply.appendChild(who); reply.appendChild(text);
    reply.setAttribute("aria-busy", "true");
    thread.appendChild(reply);
    reveal(mine, reply);
    let answer = "";
    let pieces = 0;
    const response = await fetch("/api/v1/conversations/" + conversation + "/messages/stream", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "text/event-stream" },
      body: JSON.stringify({ question: question }),
    });
    if (!response.ok) {
      let detail = "The question could not be sent. Please try again.";
      try { const body = await response.json(); if (typeof body.detail === "string") detail = body.detail; } catch (e) { /* keep the default */ }
      throw new Error(detail);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      buffer = parseEvents(buffer + decoder.decode(chunk.value, { stream: true }), function (event, data) {
        if (event === "decision") {
          reply.id = "m-" + data.message_id;
          reply.dataset.status = data.decision;
          const b = badge(data.decision); if (b) who.appendChild(b);
          if (data.text) { answer = data.text; text.textContent = answer; }
          else { text.textContent = ""; }
          if (data.decision === "emergency") showEmergency(data.message_id, answer);
        } else if (event === "delta") {
          answer += data.text; pieces += 1;
          text.textContent = answer;
        } else if (event === "citations") {
          renderText(text, answer, data);
          if (data.length) {
            const details = el("details", "sources");
            details.appendChild(el("summary", null, "Sources (" + data.length + ")"));
            const list = el("ol");
            data.forEach(function (c) {
              const li = el("li"); const a = el("a", null, c.title);
              a.href = "/chat/c/" + conversation + "/passage/" + encodeURIComponent(c.id);
              li.appendChild(a); list.appendChild(li);
            });
            details.appendChild(list); reply.appendChild(details);
          }
        } else if (event === "done") {
          reply.appendChild(feedbackForm(reply.id.slice(2)));
          reply.dataset.streamed = String(pieces);
          reply.removeAttribute("aria-busy");
          announce(reply.dataset.status, answer);
        }
        reveal(mine, reply);
      });
    }
  }

  // A visible count, and a clear message past the limit: nothing typed is ever cut off silently.
  const box = form.querySelector("textarea");
  const count = document.getElementById("count");
  const MAX = Number((count && count.dataset.max) || 2000);
  function tooLong() {
    const over = box.value.length - MAX;
    return over > 0 ? "Your question is " + box.value.length.toLocaleString("en-US") + " characters; the limit is " +
      MAX.toLocaleString("en-US") + ". Please shorten it by " + over.toLocaleString("en-US") + "." : "";
  }
  function counted() {
    if (!count) return;
    count.textContent = box.value.length.toLocaleString("en-US") + " / " + MAX.toLocaleString("en-US");
    const message = tooLong();
    count.classList.toggle("over", Boolean(message));
    box.setAttribute("aria-invalid", message ? "true" : "false");
    if (message) { errorBox.textContent = message; errorBox.hidden = false; }
    else if (errorBox.dataset.kind === "limit" || /the limit is/.test(errorBox.textContent)) { errorBox.hidden = true; }
  }
  box.addEventListener("input", counted);
  counted();
  box.addEventListener("keydown", function (event) {  // Enter asks; Shift+Enter starts a new line
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const question = box.value.trim();
    errorBox.hidden = true;
    if (!question) { errorBox.textContent = "Type a question first."; errorBox.hidden = false; box.focus(); return; }
    if (tooLong()) { errorBox.textContent = tooLong(); errorBox.hidden = false; box.focus(); return; }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    box.value = ""; counted();
    ask(question).catch(function (e) {
      errorBox.textContent = e.message; errorBox.hidden = false; box.value = question; counted();
    }).finally(function () { button.disabled = false; box.focus(); watch(); });
  });

  // While a reply waits for the care team, look for their answer every few seconds and put it in place.
  let timer = null;
  const WAITING = "li.msg[data-status=needs_review], li.msg[data-status=emergency]";

  function answerItem(m) {
    const item = el("li", "msg clinician");
    item.id = "m-" + m.id;
    item.appendChild(el("p", "who", "Your care team"));
    const held = m.answers && document.getElementById("m-" + m.answers);
    const question = held && held.previousElementSibling;
    if (question && question.classList.contains("user")) {
      const asked = question.querySelector(".text");
      if (asked) item.appendChild(el("p", "about", "Answering your question: \u201c" + asked.textContent + "\u201d"));
    }
    const body = el("div", "text");
    renderText(body, m.content, m.citations || []);
    item.appendChild(body);
    return item;
  }

  function place(m) {
    const held = m.answers && document.getElementById("m-" + m.answers);
    const stay = nearBottom();
    const item = answerItem(m);
    if (held) {
      let after = held;
      while (after.nextElementSibling && after.nextElementSibling.classList.contains("clinician")) after = after.nextElementSibling;
      const was = held.getBoundingClientRect().top;
      after.after(item);
      // keep the question where the reader sees it, whatever node the browser's own scroll anchoring picked
      const moved = held.getBoundingClientRect().top - was;
      if (moved && !stay) scroller.scrollTop += moved;
    } else {
      thread.appendChild(item);
    }
    if (stay && !item.nextElementSibling) scroller.scrollTop = scroller.scrollHeight;  // following the end: keep following
  }

  function resolved(node) {
    if (!node || node.dataset.status === "resolved") return;
    node.dataset.status = "resolved";
    const old = node.querySelector(".who .badge");
    const fresh = badge("resolved");
    if (old) old.replaceWith(fresh); else node.querySelector(".who").appendChild(fresh);
  }

  // The light status endpoint: nothing is read (or audited) until the care team has answered something new.
  let after = Number(thread.dataset.lastSeq || 0);
  async function poll() {
    let response;
    try {
      response = await fetch("/api/v1/conversations/" + conversation + "/updates?after=" + after,
                             { credentials: "same-origin", headers: { "Accept": "application/json" } });
    } catch (e) { return; }  // offline for a moment: try again next time
    if (!response.ok) return;
    const changes = await response.json();
    changes.answers.forEach(function (m) {
      after = Math.max(after, m.seq);
      if (!document.getElementById("m-" + m.id)) { place(m); announce("resolved", m.content); }
    });
    changes.resolved.forEach(function (id) { resolved(document.getElementById("m-" + id)); });
    if (!thread.querySelector(WAITING)) { clearInterval(timer); timer = null; }
  }

  function watch() {
    if (timer || !thread.querySelector(WAITING)) return;
    timer = setInterval(poll, Number(thread.dataset.poll || 3000));
  }

  if (!window.location.hash) scroller.scrollTop = scroller.scrollHeight;  // open at the newest turn
  watch();
})();
