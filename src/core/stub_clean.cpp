// stub_clean.cpp — TEMPORARY placeholder for normalize/segment/dedup (Core I deletes this file).
#include "models.hpp"
#include "json_parts.hpp"
#include "stages.hpp"

namespace np {

void normalize(Document& doc) { doc.work = doc.text; }

void segment(Document& doc) {
    if (!doc.text.empty())
        doc.segments.push_back(Segment{0, uint32_t(doc.text.size())});
}

void dedup(std::vector<Document>&, std::vector<CrossDocumentDuplicate>&) {}

}  // namespace np
