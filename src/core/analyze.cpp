// analyze.cpp — the pipeline driver: runs the stages in order over every document.
#include <string>
#include <utility>

#include "models.hpp"
#include "stages.hpp"

namespace np {

void ModelsDeleter::operator()(Models* m) const { delete m; }

ModelsPtr load_models(const Resources& res, std::string& error) {
    ModelsPtr m(new Models());
    bool ok = load_entity_models(res, m->entities, error);
    ok = load_summary_models(res, m->summary, error) && ok;
    if (!ok) return nullptr;
    return m;
}

Analysis analyze(const Input& input, const Options& options) {
    Input copy = input;  // the documents' texts are moved from here into the Documents
    return analyze(std::move(copy), options);
}

Analysis analyze(Input&& input, const Options& options) {
    Analysis a;
    auto report = [&](float f) {
        if (options.progress && !options.progress(f)) { a.cancelled = true; return false; }
        return true;
    };
    const size_t n = input.documents.size();
    a.documents.reserve(n);
    for (auto& in : input.documents) {
        Document d;
        d.id = std::move(in.id);
        d.title = std::move(in.title);
        d.text = std::move(in.text);  // moved, not copied: the input is the largest buffer
        if (d.text.size() > kMaxDocumentBytes) {
            // Offsets past 2^28 do not fit Token::end: refuse the whole document rather than
            // truncate it. It stays in the output (id, size) with no segments; `work` stays
            // empty since no offset into it exists.
            a.warnings.push_back("document \"" + d.id + "\" not analysed: " + std::to_string(d.text.size()) +
                                 " bytes is over the limit of " + std::to_string(kMaxDocumentBytes) +
                                 " bytes (256 MiB) per document");
            a.documents.push_back(std::move(d));
            continue;
        }
        normalize(d);
        segment(d);
        a.documents.push_back(std::move(d));
    }
    if (!report(0.2f)) return a;
    dedup(a.documents, a.cross_document);
    if (!report(0.3f)) return a;
    for (size_t i = 0; i < n; ++i) {
        Document& d = a.documents[i];
        d.analysed.resize(d.segments.size());
        for (size_t s = 0; s < d.segments.size(); ++s)
            d.analysed[s] = options.keep_all || d.segments[s].kept();
        // A refused document (over kMaxDocumentBytes) has nothing to analyse; the later stages
        // would still size their buffers from its text.
        const bool refused = d.text.size() > kMaxDocumentBytes;
        if (refused) {
            if (!report(0.3f + 0.7f * float(i + 1) / float(n))) return a;
            continue;
        }
        find_entities(d, options.models);
        summarize_document(d, options.models);
        if (!report(0.3f + 0.7f * float(i + 1) / float(n))) return a;
    }
    return a;
}

}  // namespace np
