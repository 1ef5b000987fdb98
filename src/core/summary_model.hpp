// summary_model.hpp — loaded issue taxonomy and trade lexicon (owned by the summary stages).
//
// Index
//   1. WordIds: interned lowercase words (one hash lookup per token in the hot loops)
//   2. PhraseTrie: token-sequence patterns -> payload ids (issues, places, goods)
//   3. Issue taxonomy (assets/issues.json)
//   4. Trade lexicon (assets/trade-lexicon.json): places, goods
//   5. SummaryModels
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace np {

// ---- 1. WordIds ----------------------------------------------------------------------------
// Interning happens at load time (a std::unordered_map); lookups in the hot loops go through
// a flat open-addressing table (FNV-1a, linear probing) built by seal(): no allocation, one
// probe for most words.
struct WordIds {
    std::unordered_map<std::string, uint32_t> ids;
    uint32_t intern(const std::string& w) {
        auto it = ids.find(w);
        if (it != ids.end()) return it->second;
        uint32_t id = uint32_t(ids.size());
        ids.emplace(w, id);
        sealed = false;
        return id;
    }
    // Eight bytes per step (the last chunk zero-padded): one multiply for most words. The value
    // only places words in this process's tables, so byte order does not matter.
    static uint64_t mix(uint64_t h, uint64_t chunk) {
        h = (h ^ chunk) * 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 29);
    }
    static uint64_t hash(std::string_view w) {
        uint64_t h = w.size();
        size_t i = 0;
        for (; i + 8 <= w.size(); i += 8) {
            uint64_t x;
            std::memcpy(&x, w.data() + i, 8);
            h = mix(h, x);
        }
        // The tail, zero-padded (a whole zero chunk when there is none), byte j at bits 8j as a
        // little-endian load puts it (sv::lower_ascii builds the same chunks); a loop rather
        // than a variable-length memcpy, which is a library call.
        uint64_t x = 0;
        for (size_t j = 0; i + j < w.size(); ++j) x |= uint64_t(static_cast<unsigned char>(w[i + j])) << (8 * j);
        return mix(h, x);
    }
    // Builds the lookup table; call after the last intern().
    void seal() {
        size_t cap = 16;
        while (cap < ids.size() * 2 + 16) cap <<= 1;
        slots.assign(cap, Slot{});
        pool.clear();
        for (const auto& kv : ids) {
            size_t i = size_t(hash(kv.first)) & (cap - 1);
            while (slots[i].len != 0) i = (i + 1) & (cap - 1);
            slots[i] = Slot{uint32_t(pool.size()), uint32_t(kv.first.size()), kv.second};
            pool += kv.first;
        }
        pool.append(8, '\0');  // find_chunk() loads 8 bytes at any word's offset
        sealed = true;
    }
    // -1 when the word is unknown.
    int64_t find(std::string_view w, std::string& scratch) const {
        if (!sealed) {
            scratch.assign(w.data(), w.size());
            auto it = ids.find(scratch);
            return it == ids.end() ? -1 : int64_t(it->second);
        }
        return find_hashed(w, hash(w));
    }
    bool is_sealed() const { return sealed; }
    // find() on a sealed table with h == hash(w) already known (the summary view hashes each
    // token while it writes its lowercase form).
    int64_t find_hashed(std::string_view w, uint64_t h) const {
        if (w.empty()) return -1;
        const size_t mask = slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot& s = slots[i];
            if (s.len == 0) return -1;
            if (s.len == w.size() && same(pool.data() + s.off, w.data(), w.size())) return int64_t(s.id);
        }
    }

    // The sealed table as plain pointers, for a loop that looks up many words while it stores
    // bytes (sv::tokenize): a byte store may alias anything, so lookups through the vectors
    // reload slots.data(), slots.size() and pool.data() after every token; a Probe copied into
    // locals once keeps them in registers. Only valid while the table is neither changed nor moved.
    struct Slot { uint32_t off = 0, len = 0, id = 0; };
    struct Probe {
        const Slot* slots = nullptr;
        size_t mask = 0;
        const char* pool = nullptr;
        // find_hashed() for a word of 1..8 bytes given as one little-endian chunk, zero-padded
        // (sv::tokenize's word-at-a-time path has it in a register): one 8-byte compare per probe.
        int64_t find_chunk(uint64_t chunk, size_t len, uint64_t h) const {
            const uint64_t keep = len >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * len)) - 1;
            for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
                const Slot& s = slots[i];
                if (s.len == 0) return -1;
                if (s.len == len) {
                    uint64_t y;
                    std::memcpy(&y, pool + s.off, 8);
                    if ((y & keep) == chunk) return int64_t(s.id);
                }
            }
        }
        // find_chunk() for a word of 9..15 bytes: its first 8 bytes, then the rest zero-padded.
        int64_t find_chunks2(uint64_t first, uint64_t rest, size_t len, uint64_t h) const {
            const uint64_t keep = (uint64_t(1) << (8 * (len - 8))) - 1;
            for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
                const Slot& s = slots[i];
                if (s.len == 0) return -1;
                if (s.len == len) {
                    uint64_t y0, y1;
                    std::memcpy(&y0, pool + s.off, 8);
                    std::memcpy(&y1, pool + s.off + 8, 8);
                    if (y0 == first && (y1 & keep) == rest) return int64_t(s.id);
                }
            }
        }
    };
    // Sealed tables only (an unsealed one has no slots).
    Probe probe() const { return Probe{slots.data(), slots.size() - 1, pool.data()}; }
    int64_t find_chunk(uint64_t chunk, size_t len, uint64_t h) const { return probe().find_chunk(chunk, len, h); }
    int64_t find_chunks2(uint64_t first, uint64_t rest, size_t len, uint64_t h) const {
        return probe().find_chunks2(first, rest, len, h);
    }

  private:
    // Equal bytes; words are short, so a loop beats a call to memcmp.
    static bool same(const char* a, const char* b, size_t n) {
        for (size_t i = 0; i < n; ++i)
            if (a[i] != b[i]) return false;
        return true;
    }
    std::vector<Slot> slots;
    std::string pool;
    bool sealed = false;
};

// ---- 2. PhraseTrie ---------------------------------------------------------------------------
// Patterns are sequences of lowercase tokens (cut by the same tokenizer as the text). A token
// ending in '*' matches any word with that prefix. Each pattern carries a payload id.

// The trie's word edges, (node << 32 | word id) -> child: open addressing with linear probing,
// at most half full. Why not std::unordered_map: match_at() looks an edge up for every token
// that may start an issue, place or goods pattern, and the map's bucket list and nodes were
// ~1.7% of the whole pipeline's time (perf, 10 MB of pastes); here a lookup is one multiply
// and, for most keys, one 16-byte slot.
class EdgeMap {
  public:
    const uint32_t* find(uint64_t key) const {
        if (slots_.empty()) return nullptr;
        const size_t mask = slots_.size() - 1;
        for (size_t i = home(key); ; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (!s.used) return nullptr;
            if (s.key == key) return &s.child;
        }
    }
    // Adds a key that is not in the map yet (the trie builder looks it up first).
    void emplace(uint64_t key, uint32_t child) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        put(key, child);
        ++count_;
    }
    size_t size() const { return count_; }
    template <class F> void for_each(F&& f) const {
        for (const Slot& s : slots_)
            if (s.used) f(s.key, s.child);
    }

  private:
    struct Slot { uint64_t key = 0; uint32_t child = 0, used = 0; };
    size_t home(uint64_t key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> shift_); }
    void put(uint64_t key, uint32_t child) {
        const size_t mask = slots_.size() - 1;
        size_t i = home(key);
        while (slots_[i].used) i = (i + 1) & mask;
        slots_[i] = Slot{key, child, 1};
    }
    void grow() {
        std::vector<Slot> old;
        old.swap(slots_);
        const size_t cap = old.empty() ? 64 : old.size() * 2;
        int bits = 0;
        while ((size_t(1) << bits) < cap) ++bits;
        shift_ = 64 - bits;
        slots_.assign(cap, Slot{});
        for (const Slot& s : old)
            if (s.used) put(s.key, s.child);
    }
    std::vector<Slot> slots_;
    size_t count_ = 0;
    int shift_ = 64;
};

struct PhraseTrie {
    struct Node {
        std::vector<std::pair<std::string, uint32_t>> prefix_edges;  // ("semiconduct", child)
        std::vector<uint32_t> payloads;                               // patterns ending here
    };
    std::vector<Node> nodes = std::vector<Node>(1);                   // 0 = root
    EdgeMap edges;                                                    // (node << 32 | word) -> child
    uint32_t max_len = 0;
    bool root_has_prefix = false;
};

// ---- 3. Issue taxonomy -----------------------------------------------------------------------
struct IssueDef {
    std::string id, label, description, parent;
    // A one-word pattern right after a number or a scale word names an amount's unit, not the
    // issue: "60 billion yen", "billions of dollars" are no currency story ("skip_amount_units").
    bool skip_amount_units = false;
    // A capitalized one-word pattern right before an office's word names the office, not the
    // issue: the "Economy Minister", the "Economy Ministry" say nothing of growth or prices
    // ("skip_office_names"; the "Agriculture Department" does speak of farming: not set there).
    bool skip_office_names = false;
};

// ---- 4. Trade lexicon -----------------------------------------------------------------------
struct Place {
    std::string name;        // canonical, e.g. "United States"
};
enum class PlaceForm : uint8_t { name, demonym, capital, bloc };

struct SummaryModels {
    bool loaded = false;
    bool has_taxonomy = false, has_lexicon = false;
    WordIds words;                      // every word of every pattern below, and grammar words
    std::vector<uint32_t> word_info;    // per word id: sv::WordInfo bits (word classes, trie starts, verb class)

    std::vector<IssueDef> issues;
    PhraseTrie issue_trie;              // payload = index into issues

    std::vector<Place> places;
    PhraseTrie place_trie;              // payload = place index * 4 + PlaceForm
    PhraseTrie goods_trie;              // payload = 0 (any traded good / sector term)
    // One good under several names (trade-lexicon.json "same_goods": "chip", "semiconductor"):
    // a goods word's stem -> its group's first word, so a headline's "chip exports" and the
    // text's "exports of semiconductors" share a goods word (goods_stem()).
    std::unordered_map<std::string, std::string> same_goods;
    // A region's, a party's or a faith's people ("Asian", "Communists", "Muslim"): a NORP entity
    // that is no nation, so no party to a measure nor a speaker (trade-lexicon.json "not_parties").
    std::vector<std::string> not_parties;
};

// A goods word's stem as measures compare goods: "chips" -> "chip" (a final "s", not "ss").
std::string goods_stem(std::string_view lower_word);

// Compiles one pattern into `trie` (words interned into `words`); false if it has no tokens.
bool trie_add(PhraseTrie& trie, WordIds& words, std::string_view pattern, uint32_t payload, bool inflect);

}  // namespace np
