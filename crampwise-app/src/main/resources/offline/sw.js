// Crampwise's service worker: keeps the pages' shell for offline use, and keeps diary entries
// made offline in IndexedDB until a page asks it to send them (it gives the current form token).
"use strict";
var CACHE = "crampwise-/*VERSION*/";
var SHELL = [/*SHELL*/];
var QUEUED = /^\/diary\/(quick|episodes|days\/\d{4}-\d\d-\d\d)$/;

self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(SHELL); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener("fetch", function (e) {
  var req = e.request, url = new URL(req.url);
  if (url.origin !== location.origin) { return; }
  if (req.method === "POST" && QUEUED.test(url.pathname)) { e.respondWith(sendOrKeep(req)); return; }
  if (req.method !== "GET") { return; }
  if (req.mode === "navigate") {
    e.respondWith(fetch(req).catch(function () { return caches.match(SHELL[0]); }));
  } else if (SHELL.indexOf(url.pathname) > 0) {
    e.respondWith(caches.match(url.pathname).then(function (hit) { return hit || fetch(req); }));
  }
});
self.addEventListener("message", function (e) {
  if (e.data && e.data.send) { e.waitUntil(sendAll(e.data.send)); }
});

// Online: as usual. Offline: kept, with the moment of the tap and a key, so it is stored once.
function sendOrKeep(req) {
  var copy = req.clone();
  return fetch(req).catch(function () {
    return copy.text().then(function (body) {
      var form = new URLSearchParams(body);
      if (!form.get("at")) { form.set("at", new Date().toISOString()); }
      if (!form.get("request_key")) { form.set("request_key", self.crypto.randomUUID()); }
      return store("readwrite", function (q) { q.add({ url: copy.url, body: form.toString() }); });
    }).then(function () { return Response.redirect(SHELL[0] + "?kept=1", 303); });
  });
}

function sendAll(token) {
  var sent = 0;
  return store("readonly", function (q) { return q.getAll(); }).then(function (items) {
    return items.reduce(function (done, item) {
      return done.then(function () { return sendOne(item, token); }).then(function (ok) { if (ok) { sent++; } });
    }, Promise.resolve());
  }).then(function () {
    // Every open page hears it: the diary shows the cramps just sent.
    return sent && self.clients.matchAll({ type: "window" }).then(function (all) {
      all.forEach(function (c) { c.postMessage({ sent: sent }); });
    });
  }, function () {});
}

// Forgotten once the server has it, or refuses it for good; kept while signed out or unreachable.
function sendOne(item, token) {
  var form = new URLSearchParams(item.body);
  form.set("_csrf", token);
  return fetch(item.url, { method: "POST", body: form, credentials: "same-origin" }).then(function (r) {
    var kept = r.status >= 500 || r.status === 403 || r.status === 429 || /\/account\/sign-in/.test(r.url);
    if (kept) { return false; }
    return store("readwrite", function (q) { q.delete(item.id); }).then(function () { return r.ok; });
  }, function () { return false; });
}

function store(mode, work) {
  return new Promise(function (resolve, reject) {
    var open = indexedDB.open("crampwise", 1);
    open.onupgradeneeded = function () { open.result.createObjectStore("queue", { keyPath: "id", autoIncrement: true }); };
    open.onerror = function () { reject(open.error); };
    open.onsuccess = function () {
      var tx = open.result.transaction("queue", mode), r = work(tx.objectStore("queue"));
      tx.oncomplete = function () { open.result.close(); resolve(r && r.result); };
      tx.onerror = function () { reject(tx.error); };
    };
  });
}
