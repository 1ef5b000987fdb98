// analyze.cpp — the pipeline driver: runs the stages in order over every document.
#include <atomic>
#include <mutex>
#include <string>
#include <utility>

#include "models.hpp"
#include "parallel.hpp"
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
    const size_t n = input.documents.size();
    const unsigned threads = thread_count(options.threads, n);
    // Progress may come from any thread: one call at a time, and once cancelled, no more calls.
    std::mutex report_mutex;
    std::atomic<bool> cancelled{false};
    // `docs_done` counts analysed documents under the same lock, so the fractions reported rise.
    size_t docs_done = 0;
    auto report = [&](float f, bool doc_done = false) {
        std::lock_guard<std::mutex> lock(report_mutex);
        if (doc_done) f = 0.3f + 0.7f * float(++docs_done) / float(n);
        if (cancelled.load()) return false;
        if (options.progress && !options.progress(f)) cancelled.store(true);
        return !cancelled.load();
    };
    auto refused = [](const Document& d) { return d.text.size() > kMaxDocumentBytes; };

    a.documents.resize(n);
    for (size_t i = 0; i < n; ++i) {
        Document& d = a.documents[i];
        InputDocument& in = input.documents[i];
        d.id = std::move(in.id);
        d.title = std::move(in.title);
        d.text = std::move(in.text);  // moved, not copied: the input is the largest buffer
        // Offsets past 2^28 do not fit Token::end: refuse the whole document rather than
        // truncate it. It stays in the output (id, size) with no segments; `work` stays
        // empty since no offset into it exists.
        if (refused(d))
            a.warnings.push_back("document \"" + d.id + "\" not analysed: " + std::to_string(d.text.size()) +
                                 " bytes is over the limit of " + std::to_string(kMaxDocumentBytes) +
                                 " bytes (256 MiB) per document");
    }
    parallel_for(n, threads, [&](size_t i) {
        Document& d = a.documents[i];
        if (!refused(d)) {
            normalize(d);
            segment(d);
        }
        return true;
    });
    if (!report(0.2f)) { a.cancelled = true; return a; }
    dedup(a.documents, a.cross_document);
    if (!report(0.3f)) { a.cancelled = true; return a; }

    parallel_for(n, threads, [&](size_t i) {
        Document& d = a.documents[i];
        d.analysed.resize(d.segments.size());
        for (size_t s = 0; s < d.segments.size(); ++s)
            d.analysed[s] = options.keep_all || d.segments[s].kept();
        // A refused document (over kMaxDocumentBytes) has nothing to analyse; the later stages
        // would still size their buffers from its text.
        if (!refused(d)) {
            find_entities(d, options.models);
            summarize_document(d, options.models);
        }
        return report(0.f, true);
    });
    a.cancelled = cancelled.load();
    return a;
}

}  // namespace np
