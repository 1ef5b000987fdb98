// dedup.cpp — decides the status of every segment (kept / duplicate / boilerplate).
#include <unordered_map>

#include "stages.hpp"
#include "text.hpp"

namespace np {

void dedup(std::vector<Document>& docs, std::vector<CrossDocumentDuplicate>& cross) {
    cross.clear();
    for (auto& doc : docs) {
        std::unordered_map<uint64_t, uint32_t> first;
        first.reserve(doc.segments.size());
        for (uint32_t i = 0; i < doc.segments.size(); ++i) {
            Segment& s = doc.segments[i];
            uint64_t h = text::fold_hash(doc.work, s.start, s.end);
            auto [it, fresh] = first.emplace(h, i);
            if (fresh) {
                s.status = SegmentStatus::kept;
                s.reason = "first occurrence";
            } else {
                s.status = SegmentStatus::duplicate;
                s.duplicate_of = int32_t(it->second);
                s.similarity = 1.0f;
                s.reason = "exact repeat of segment " + std::to_string(it->second);
            }
        }
    }
}

}  // namespace np
