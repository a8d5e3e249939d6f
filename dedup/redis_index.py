"""The near-duplicate index in Redis, for many workers deciding at once.

Each ``lookup`` and each ``commit`` is one round trip: a Lua script (``EVALSHA``) that reads or
writes everything it needs inside Redis, atomically. ``commit`` re-checks, in the same script, that
no document sharing one of its buckets was added since the lookup's token and that no other worker
indexed the same document id; otherwise it answers ``conflict`` or ``claimed`` and writes nothing.
(datasketch's Redis storage does one round trip per band, pickles its keys and never expires them.)

Keys, all under the hash tag ``{prefix}`` so a script only touches one slot (valid on Redis Cluster):

- ``{p}:config``        the index configuration (canonical JSON); a mismatch raises ``IndexConfigError``
- ``{p}:seq``           the insertion counter (commit tokens)
- ``{p}:d:<doc id>``    hash: the decision, sketch and fact fingerprint of one document
- ``{p}:b:<band key>``  sorted set: ids of the documents in one LSH bucket, scored by insertion
- ``{p}:c:<cluster>``   hash: size, first/last seen, sources, title, merged_into, bridged_by

Every document, bucket and cluster key expires with the window (``PEXPIREAT``, extended as members
arrive), so Redis forgets on its own; a lookup drops bucket members whose document has expired.
Values are strings and raw bytes: nothing is pickled.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import redis

from dedup.index import (
    TIERS,
    ClusterState,
    ClusterUpdate,
    Commit,
    IndexedDoc,
    Lookup,
    canonical_config,
    check_config,
    keys_of,
)

_MAX_CANDIDATES = 1000

_LIB = """
local P = ARGV[1]
local function hash(key)
  local flat = redis.call('HGETALL', key)
  if #flat == 0 then return nil end
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end
local function resolve(cid)
  local cur = cid
  for _ = 1, 64 do
    local into = redis.call('HGET', P .. 'c:' .. cur, 'merged_into')
    if not into then return cur end
    cur = into
  end
  return cur
end
local function extend(key, at_ms)
  redis.call('PEXPIREAT', key, at_ms, 'NX')
  redis.call('PEXPIREAT', key, at_ms, 'GT')
end
"""

_LOOKUP = _LIB + """
-- KEYS[1]: the document, KEYS[2..]: its buckets. ARGV[2]: its id, ARGV[3]: candidate limit.
local me, limit = ARGV[2], tonumber(ARGV[3])
local token = tonumber(redis.call('GET', P .. 'seq') or '0')
local known = redis.call('HGETALL', KEYS[1])
local seen, cands = {}, {}
for i = 2, #KEYS do
  for _, id in ipairs(redis.call('ZRANGE', KEYS[i], -limit, -1)) do
    if id ~= me and seen[id] == nil then
      local flat = redis.call('HGETALL', P .. 'd:' .. id)
      seen[id] = #flat > 0
      if seen[id] then cands[#cands + 1] = {id, flat} end
    end
    if seen[id] == false then redis.call('ZREM', KEYS[i], id) end  -- its document expired
  end
end
local roots, states, done = {}, {}, {}
local function visit(id, flat)
  local cid = id
  for i = 1, #flat, 2 do if flat[i] == 'c' then cid = flat[i + 1] end end
  if done[cid] then return end
  done[cid] = true
  local root = resolve(cid)
  roots[#roots + 1] = cid
  roots[#roots + 1] = root
  if not done['#' .. root] then
    done['#' .. root] = true
    local st = redis.call('HGETALL', P .. 'c:' .. root)
    if #st > 0 then states[#states + 1] = {root, st} end
  end
end
if #known > 0 then visit(me, known) end
for _, c in ipairs(cands) do visit(c[1], c[2]) end
return {token, known, cands, roots, states}
"""

_COMMIT = _LIB + """
-- KEYS[1]: the document, KEYS[2..]: its buckets. ARGV[2]: token, ARGV[3]: JSON, ARGV[4]: sketch, ARGV[5]: facts.
local m = cjson.decode(ARGV[3])
local id, at, expire = m.id, tonumber(m.at), tonumber(m.expire_ms)
local current = redis.call('HGET', KEYS[1], 'q')
if m.replace == cjson.null then
  if current then return {'claimed', redis.call('HGETALL', KEYS[1])} end
elseif current ~= tostring(m.replace) then
  return {'conflict'}
end
for i = 2, #KEYS do
  if #redis.call('ZRANGE', KEYS[i], '(' .. ARGV[2], '+inf', 'BYSCORE', 'LIMIT', 0, 1) > 0 then return {'conflict'} end
end
if current then
  for _, k in ipairs(m.old_bands) do redis.call('ZREM', P .. 'b:' .. k, id) end
  redis.call('DEL', KEYS[1])
end

local seq = redis.call('INCR', P .. 'seq')
local states, order = {}, {}
for _, cid in ipairs(m.roots) do
  local r = resolve(cid)
  if states[r] == nil then states[r] = hash(P .. 'c:' .. r) or false; order[#order + 1] = r end
end
-- The survivor of a merge is the earliest indexed cluster (lowest first sequence), then the smallest id.
local function rank(r) return states[r] and tonumber(states[r].fq or '0') or math.huge end
local survivor, merged = id, {}
if #order == 0 then
  redis.call('DEL', P .. 'c:' .. id)
  redis.call('HSET', P .. 'c:' .. id, 'size', 1, 'first', m.at, 'last', m.at, 'sources', m.source, 'title', m.title,
             'fq', seq)
else
  survivor = order[1]
  for _, r in ipairs(order) do
    if rank(r) < rank(survivor) or (rank(r) == rank(survivor) and r < survivor) then survivor = r end
  end
  local base = states[survivor] or {}
  local size = tonumber(base.size or '0') + (m.new_member and 1 or 0)
  local earliest = tonumber(base.first or m.at)
  local first_seq = tonumber(base.fq or seq)
  local sources, list = {}, {}
  local function add(text)
    for s in string.gmatch(text or '', '[^\\n]+') do
      if not sources[s] then sources[s] = true; list[#list + 1] = s end
    end
  end
  add(base.sources)
  add(m.source)
  for _, r in ipairs(order) do
    if r ~= survivor then
      merged[#merged + 1] = r
      local st = states[r]
      if st then
        size = size + tonumber(st.size)
        earliest = math.min(earliest, tonumber(st.first))
        first_seq = math.min(first_seq, tonumber(st.fq or seq))
        add(st.sources)
      else
        redis.call('HSET', P .. 'c:' .. r, 'size', 0, 'first', m.at, 'sources', '', 'title', '', 'fq', seq)
      end
      redis.call('HSET', P .. 'c:' .. r, 'merged_into', survivor, 'bridged_by', id, 'last', m.at)
      extend(P .. 'c:' .. r, expire)
    end
  end
  table.sort(list)
  local title = base.title
  if title == nil or title == '' then title = m.title end
  local last = math.max(at, tonumber(base.last or m.at))
  redis.call('HSET', P .. 'c:' .. survivor, 'size', size, 'first', string.format('%.17g', earliest),
             'last', string.format('%.17g', last), 'sources', table.concat(list, '\\n'), 'title', title,
             'fq', first_seq)
end
extend(P .. 'c:' .. survivor, expire)

redis.call('HSET', KEYS[1], 'q', seq, 'r', m.run, 'k', m.text_key, 'n', m.n, 'a', m.at, 'h', ARGV[4], 'f', ARGV[5])
if survivor ~= id then redis.call('HSET', KEYS[1], 'c', survivor) end
for _, f in ipairs({'p', 's', 't', 'v'}) do
  if m[f] ~= cjson.null and m[f] ~= nil then redis.call('HSET', KEYS[1], f, m[f]) end
end
if #merged > 0 then redis.call('HSET', KEYS[1], 'm', cjson.encode(merged)) end
redis.call('PEXPIREAT', KEYS[1], expire)
for i = 2, #KEYS do
  redis.call('ZADD', KEYS[i], seq, id)
  extend(KEYS[i], expire)
end
return {'ok', seq, survivor, merged}
"""


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _fields(flat: Sequence[bytes]) -> dict[str, bytes]:
    return {_s(flat[i]): flat[i + 1] for i in range(0, len(flat), 2)}


def _doc(doc_id: str, f: dict[str, bytes]) -> IndexedDoc:
    tier = f.get("t")
    return IndexedDoc(
        doc_id=doc_id, cluster_id=_s(f["c"]) if "c" in f else doc_id,
        duplicate_of=_s(f["p"]) if "p" in f else None, similarity=float(f["s"]) if "s" in f else None,
        match_tier=_s(tier) if tier is not None else None, version=int(f.get("v", 1)), run=int(f["r"]),
        text_key=int(f["k"]), n_shingles=int(f["n"]), sketch=f["h"], facts=f.get("f", b""), indexed_at=float(f["a"]),
        merged=tuple(json.loads(f["m"])) if "m" in f else (), seq=int(f["q"]))


def _cluster(cid: str, f: dict[str, bytes]) -> ClusterState:
    sources = _s(f.get("sources", b""))
    return ClusterState(cid, _s(f["merged_into"]) if "merged_into" in f else None,
                        _s(f["bridged_by"]) if "bridged_by" in f else None, int(f.get("size", 0)),
                        float(f.get("first", 0)), float(f.get("last", f.get("first", 0))),
                        tuple(sources.split("\n")) if sources else (), _s(f["title"]) or None if "title" in f else None,
                        int(f.get("fq", 0)))


class RedisIndex:
    """``DedupIndex`` on a Redis server; safe for any number of concurrent workers."""

    def __init__(self, client: redis.Redis | str, config: dict[str, Any], prefix: str = "feedlake:dedup",
                 window_seconds: float = 14 * 86400.0) -> None:
        self.client = redis.Redis.from_url(client) if isinstance(client, str) else client
        self.config = config
        self.window_seconds = window_seconds
        self.prefix = f"{{{prefix}}}:"
        self.round_trips = 0  # lookups, commits and reads sent to the server (bench/index_memory.py)
        self._lookup = self.client.register_script(_LOOKUP)
        self._commit = self.client.register_script(_COMMIT)
        wanted = canonical_config(config)
        # SET ... NX GET: store ours if there is none, and see the stored one, in one command.
        stored: Any = self.client.set(self.prefix + "config", wanted, nx=True, get=True)
        if stored is not None:
            check_config(_s(stored), config, f"redis {self.prefix}")

    def close(self) -> None:
        self.client.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield  # every commit is atomic on its own; nothing to hold

    def _key(self, kind: str, name: str | int) -> str:
        return f"{self.prefix}{kind}:{name}"

    def get(self, doc_id: str) -> IndexedDoc | None:
        self.round_trips += 1
        flat: Any = self.client.hgetall(self._key("d", doc_id))
        return _doc(doc_id, {_s(k): v for k, v in flat.items()}) if flat else None

    def lookup(self, doc_id: str, band_keys: Sequence[int]) -> Lookup:
        self.round_trips += 1
        keys = [self._key("d", doc_id), *(self._key("b", k) for k in band_keys)]
        token, known, cands, roots, states = self._lookup(keys=keys, args=[self.prefix, doc_id, _MAX_CANDIDATES])
        candidates = sorted((_doc(_s(c[0]), _fields(c[1])) for c in cands), key=lambda d: d.seq)
        return Lookup(
            int(token), _doc(doc_id, _fields(known)) if known else None, candidates,
            {_s(roots[i]): _s(roots[i + 1]) for i in range(0, len(roots), 2)},
            {_s(s[0]): _cluster(_s(s[0]), _fields(s[1])) for s in states},
        )

    def commit(self, doc: IndexedDoc, band_keys: Sequence[int], seen: Lookup, update: ClusterUpdate) -> Commit:
        meta = {
            "id": doc.doc_id, "at": repr(float(doc.indexed_at)),
            "expire_ms": int((doc.indexed_at + self.window_seconds) * 1000), "run": doc.run,
            "text_key": str(doc.text_key), "n": doc.n_shingles, "p": doc.duplicate_of,
            "s": None if doc.similarity is None else repr(doc.similarity), "t": doc.match_tier,
            "v": doc.version if doc.version != 1 else None,
            "replace": seen.known.seq if seen.known else None,
            "old_bands": [str(k) for k in keys_of(seen.known.sketch, self.config)] if seen.known else [],
            "roots": list(update.roots), "source": update.source, "title": update.title or "",
            "new_member": update.new_member,
        }
        if doc.match_tier is not None and doc.match_tier not in TIERS:
            raise ValueError(f"unknown match tier {doc.match_tier!r}")
        self.round_trips += 1
        keys = [self._key("d", doc.doc_id), *(self._key("b", k) for k in band_keys)]
        reply = self._commit(keys=keys, args=[self.prefix, seen.token, json.dumps(meta), doc.sketch, doc.facts])
        status = _s(reply[0])
        if status == "conflict":
            return Commit("conflict")
        if status == "claimed":
            return Commit("claimed", _doc(doc.doc_id, _fields(reply[1])))
        _, seq, survivor, merged = reply
        return Commit("ok", replace(doc, cluster_id=_s(survivor), merged=tuple(_s(m) for m in merged), seq=int(seq)))

    def clusters(self, cluster_ids: Iterable[str]) -> list[ClusterState]:
        ids = list(dict.fromkeys(cluster_ids))
        if not ids:
            return []
        self.round_trips += 1
        pipe = self.client.pipeline(transaction=False)
        for cid in ids:
            pipe.hgetall(self._key("c", cid))
        return [_cluster(cid, {_s(k): v for k, v in flat.items()})
                for cid, flat in zip(ids, pipe.execute(), strict=True) if flat]

    def expire(self, before: float) -> int:
        return 0  # keys carry their own expiry (PEXPIREAT at indexing time + window)

    def count(self) -> int:
        return sum(1 for _ in self.client.scan_iter(match=self._key("d", "*"), count=1000))

    def delete_all(self) -> int:
        """Remove every key of this index (tests, or to rebuild with another configuration).

        In batches, with UNLINK: one DEL of millions of keys would block the server for seconds.
        """
        n, batch = 0, []
        for key in self.client.scan_iter(match=f"{self.prefix}*", count=1000):
            batch.append(key)
            if len(batch) == 1000:
                n += int(self.client.unlink(*batch))
                batch = []
        return n + (int(self.client.unlink(*batch)) if batch else 0)
