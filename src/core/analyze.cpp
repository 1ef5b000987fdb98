// analyze.cpp — the pipeline driver: runs the stages in order over every document.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <utility>

#include "models.hpp"
#include "parallel.hpp"
#include "stage_inputs.hpp"
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

void release_internals(Document& d) {
    d.released_tokens = d.tokens.size();
    d.released_sentences = d.sentences.size();
    std::vector<Token>().swap(d.tokens);
    std::vector<Sentence>().swap(d.sentences);
    std::string().swap(d.work_storage);
    std::vector<TextPatch>().swap(d.text_patches);
}

void release_results(Document& d) {
    std::vector<Entity>().swap(d.entities);
    std::vector<Measure>().swap(d.measures);
    std::vector<Issue>().swap(d.issues);
    std::vector<Quote>().swap(d.quotes);
    std::vector<SummarySentence>().swap(d.summary);
    std::vector<uint8_t>().swap(d.analysed);
}

Analysis analyze(const Input& input, const Options& options) {
    Input copy = input;  // the documents' texts are moved from here into the Documents
    return analyze(std::move(copy), options);
}

namespace {
// A group of documents (see the loop in analyze()) ends once it holds this much text or this
// many documents.
constexpr size_t kGroupBytes = size_t(128) << 10;
constexpr size_t kGroupMinBytes = size_t(8) << 10;  // smaller inputs: groups of 1/64 of the text
constexpr size_t kGroupDocuments = 128;
}  // namespace

Analysis analyze(Input&& input, const Options& options) {
    Analysis a;
    const size_t n = input.documents.size();
    const unsigned threads = thread_count(options.threads, n);
    auto refused = [](const Document& d) { return d.text.size() > kMaxDocumentBytes; };
    auto mine = [&](size_t i) { return !options.analyze_document || options.analyze_document(i); };

    // Progress is weighted by bytes (a document counts its size + 1, so empty ones count):
    // 30% when a document's text is cleaned (normalize, segment, its own dedup), the rest when
    // it is analysed. Calls come from any thread, one at a time, and the fraction only rises;
    // once cancelled there are no more calls.
    double total_weight = 0, done_weight = 0;
    std::mutex report_mutex;
    std::atomic<bool> cancelled{false};
    auto report = [&](double weight) {
        std::lock_guard<std::mutex> lock(report_mutex);
        done_weight += weight;
        if (cancelled.load()) return false;
        if (options.progress && !options.progress(float(std::min(1.0, done_weight / total_weight))))
            cancelled.store(true);
        return !cancelled.load();
    };

    a.documents.resize(n);
    size_t total_bytes = 0;
    for (size_t i = 0; i < n; ++i) {
        Document& d = a.documents[i];
        InputDocument& in = input.documents[i];
        d.id = std::move(in.id);
        d.title = std::move(in.title);
        d.text = std::move(in.text);  // moved, not copied: the input is the largest buffer
        total_bytes += d.text.size();
        total_weight += (double(d.text.size()) + 1) * (mine(i) ? 1.0 : 0.3);
        // Offsets past 2^28 do not fit Token::end: refuse the whole document rather than
        // truncate it. It stays in the output (id, size) with no segments; `work` stays
        // empty since no offset into it exists.
        if (refused(d))
            a.warnings.push_back("document \"" + d.id + "\" not analysed: " + std::to_string(d.text.size()) +
                                 " bytes is over the limit of " + std::to_string(kMaxDocumentBytes) +
                                 " bytes (256 MiB) per document");
    }

    // Documents stream through the stages in small groups (below): each group is cleaned,
    // checked against the documents before it, analysed and released before memory is spent on
    // documents far after it, so the peak holds the texts and results but the stage inputs
    // (work, tokens, sentences: ~3x the text) of only the groups in flight, one per thread.
    // The cross-document step needs the earlier documents' dedup to be final, so it runs in
    // document order: a thread that finished cleaning group g waits for g-1's turn to end.
    // parallel_for hands out indexes in order, so group g-1 is always already taken by a
    // thread that will reach its turn without waiting on g: no deadlock.
    const bool across = n >= 2;
    // One segment per ~110 bytes of news (Reuters): sizes the index, it never changes a result.
    CrossDedup cross(across ? total_bytes / 110 + 16 : 0);
    std::mutex turn_mutex;
    std::condition_variable turn_cv;
    size_t turn = 0;  // the document whose cross-document step may run now
    auto end_turn = [&] {
        { std::lock_guard<std::mutex> lock(turn_mutex); ++turn; }
        turn_cv.notify_all();
    };
    // After a cancel: taking the lock orders the flag before any waiter's next look at it.
    auto wake_waiters = [&] {
        { std::lock_guard<std::mutex> lock(turn_mutex); }
        turn_cv.notify_all();
    };
    // Documents finish out of order; they are handed to document_done in order, each by the
    // thread that finishes the last one missing before it.
    std::mutex emit_mutex;
    std::vector<uint8_t> finished(options.document_done ? n : 0);  // 1: hand over, 2: not ours
    size_t next_emit = 0;
    auto emit = [&](size_t i, bool own) {
        std::lock_guard<std::mutex> lock(emit_mutex);
        finished[i] = own ? 1 : 2;
        for (; next_emit < n && finished[next_emit]; ++next_emit) {
            if (finished[next_emit] == 2) continue;
            Document& e = a.documents[next_emit];
            options.document_done(e, next_emit);
            if (options.release_results) release_results(e);
        }
    };
    // One entity scratch per thread (caches and buffers carried from document to document),
    // each used only by its own thread: handed between threads, a scratch's memory came from
    // another thread's malloc arena and cache (2 threads on 10 MB: ~4% more CPU per byte).
    std::vector<EntityScratchPtr> scratches;
    // Their caches together keep at most half the input (up to 8 MB each), and below 256 KB
    // each there is none: on a small input the buffers and caches a scratch keeps for a long run
    // outweigh the text and save little (1 MB on 2 threads: peak 4.8x the input with 8 MB
    // caches, 3.8x with empty ones, 3.4x without scratches; one thread on 1 MB, as in the
    // page's worker, keeps its scratch). With one document per thread there is nothing to carry
    // (one 8 MB document: 171 MB peak RSS with a scratch, 162 MB without).
    const size_t keep_bytes = std::min(total_bytes / (2 * size_t(threads)), size_t(8) << 20);
    // Below ~1 MB of input the scratches (this one, the summary's and dedup's below) would hold
    // memory comparable to the input for little gain: streamed 1 MB went from 3.6x to 4.0x the
    // input with all three kept.
    const bool keep_scratches = n > threads && keep_bytes >= (size_t(256) << 10);
    for (unsigned t = 0; t < threads; ++t)
        scratches.push_back(keep_scratches ? make_entity_scratch(keep_bytes) : EntityScratchPtr());
    // The summary stages' buffers, kept per thread likewise.
    std::vector<SummaryScratchPtr> summary_scratches;
    for (unsigned t = 0; t < threads; ++t) summary_scratches.push_back(keep_scratches ? make_summary_scratch() : SummaryScratchPtr());
    // One document (a big paste, `newsprism analyze --format text file`): the threads the
    // documents do not use go to its segmentation and dedup (the same result). Not below
    // 256 KB: there a second thread costs more than it saves.
    std::unique_ptr<Team> team;
    if (const unsigned spare = thread_count(options.threads, 64); n == 1 && total_bytes >= (size_t(256) << 10) && spare > 1)
        team = std::make_unique<Team>(spare);
    // Dedup scratches (word-hash cache and buffers carried from document to document), one per
    // thread like the entity scratches (same condition), made by their thread when first needed.
    std::vector<std::unique_ptr<DedupScratch>> dedup_scratches(threads);
    // Documents go to the threads in groups of consecutive ones (up to kGroupBytes of text or
    // kGroupDocuments), and each stage runs over the whole group before the next one starts.
    // Why: with one document per job (a news paste is ~2 KB) a thread that had cleaned
    // document i slept on the turn of document i-1 about once per document, and each stage's
    // code and tables were reloaded per paste. Groups: 10 MB of pastes on 2 threads
    // 18.5-19.0 -> 20.9-22.3 MB/s (bench_stages pipeline, alternated runs; one thread +2-3%).
    // A group adds the stage inputs of up to 128 KB of text per thread to the peak (+0.12x at
    // 10 MB). 128 KB rather than 64 (3 Dec): each stage's code and tables stay in cache over
    // twice the text; 10 MB on 2 threads, four alternated pairs, 28.4-29.2 -> 29.4-30.1 MB/s, one
    // thread 15.0 -> 15.5; 256 KB gave the same as 128.
    std::vector<size_t> group_start{0};
    {
        // (On one thread, as in the page's workers, whole 128 KB groups even for a small input:
        // the 1/64 rule keeps two threads' groups from weighing on a streamed 1 MB run's peak,
        // and one thread has nothing to balance. 1 MB, wasm harness under Node, five pairs:
        // 101.4-105.8 -> 93.3-97.0 ms; natively 14.3-14.6 -> 15.3-15.6 MB/s, peak 6.3x -> 6.5x
        // with every result kept.)
        const size_t group_bytes =
            threads == 1 ? kGroupBytes : std::clamp(total_bytes / 64, kGroupMinBytes, kGroupBytes);
        size_t bytes = 0;
        for (size_t i = 0; i < n; ++i) {
            if (bytes >= group_bytes || (i > group_start.back() && i - group_start.back() >= kGroupDocuments)) {
                group_start.push_back(i);
                bytes = 0;
            }
            bytes += a.documents[i].text.size();
        }
        group_start.push_back(n);
    }
    const size_t groups = group_start.size() - 1;
    parallel_for(groups, threads, [&](size_t g, unsigned worker) {
        const size_t first = group_start[g], last = group_start[g + 1];
        std::vector<DedupCarry> carries(last - first);
        for (size_t i = first; i < last; ++i) {
            Document& d = a.documents[i];
            if (refused(d)) continue;
            d.clean_only = options.clean_only;
            normalize(d);
            segment(d, team.get());
        }
        {
            std::unique_ptr<DedupScratch>& ds = dedup_scratches[worker];
            if (across && keep_scratches && !ds) ds = std::make_unique<DedupScratch>(total_bytes / threads);
            for (size_t i = first; i < last; ++i) {
                Document& d = a.documents[i];
                if (refused(d)) continue;
                dedup_document(d, across ? &carries[i - first] : nullptr, team.get(), ds.get());
                // Segments stay for the whole run: no spare capacity (they are reserved from an
                // estimate of lines, which pasted text with short lines can exceed by far). Now,
                // before this document's turn: from then on other threads may read them.
                d.segments.shrink_to_fit();
            }
        }
        if (across) {
            std::unique_lock<std::mutex> lock(turn_mutex);
            turn_cv.wait(lock, [&] { return turn == g || cancelled.load(); });
            if (turn != g) {  // cancelled: the earlier group will not come
                for (size_t i = first; i < last; ++i) restore_text(a.documents[i]);  // the original bytes back all the same (clean-only mode)
                return false;
            }
            lock.unlock();
            for (size_t i = first; i < last; ++i) {
                Document& d = a.documents[i];
                if (!refused(d)) cross.add(a.documents, uint32_t(i), carries[i - first], a.cross_document);
                restore_text(d);  // before the turn ends: later documents' steps read this text
            }
            end_turn();
        }
        for (size_t i = first; i < last; ++i)
            restore_text(a.documents[i]);  // clean-only mode: the original bytes back (no-op once done above)
        carries.clear();
        // Progress still moves (and a cancel is still seen) document by document.
        for (size_t i = first; i < last; ++i) {
            if (!report(0.3 * (double(a.documents[i].text.size()) + 1))) {
                wake_waiters();  // the threads waiting for a turn that will not come
                return false;
            }
        }

        for (size_t i = first; i < last; ++i) {
            Document& d = a.documents[i];
            d.analysed.resize(d.segments.size());
            for (size_t s = 0; s < d.segments.size(); ++s)
                d.analysed[s] = options.keep_all || d.segments[s].kept();
        }
        // A refused document (over kMaxDocumentBytes) has nothing to analyse; the later stages
        // would still size their buffers from its text.
        auto analysed_here = [&](size_t i) { return !refused(a.documents[i]) && mine(i) && !options.clean_only; };
        for (size_t i = first; i < last; ++i)
            if (analysed_here(i)) find_entities(a.documents[i], options.models, scratches[worker].get());
        for (size_t i = first; i < last; ++i) {
            if (!analysed_here(i)) continue;
            summarize_document(a.documents[i], options.models, summary_scratches[worker].get());
            if (!options.keep_internals) release_internals(a.documents[i]);  // now: the group's peak is lower
        }
        for (size_t i = first; i < last; ++i) {
            Document& d = a.documents[i];
            if (!refused(d) && !analysed_here(i) && !options.keep_internals) release_internals(d);
            if (options.document_done) emit(i, mine(i));
            if (!report(mine(i) ? 0.7 * (double(d.text.size()) + 1) : 0.0)) {
                wake_waiters();
                return false;
            }
        }
        return true;
    });
    a.cancelled = cancelled.load();
    return a;
}

}  // namespace np
