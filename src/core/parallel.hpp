// parallel.hpp — runs a job per index on a few threads, for analyze()'s per-document stages.
//
// Documents are independent after dedup (and before it, in normalize/segment): each one is
// analysed by one thread from start to end, so nothing is shared but the read-only models and
// the index counter. Where there are no threads (the WebAssembly builds are made without
// pthreads: a static page cannot send the headers SharedArrayBuffer needs) the jobs run one
// after another on the caller's thread.
#pragma once
#include <atomic>
#include <cstddef>

#if !defined(__EMSCRIPTEN__) || defined(__EMSCRIPTEN_PTHREADS__)
#include <thread>
#include <vector>
#define NP_HAVE_THREADS 1
#else
#define NP_HAVE_THREADS 0
#endif

namespace np {

// How many threads `requested` means here: 0 = one per core, and never more than `jobs`.
inline unsigned thread_count(unsigned requested, size_t jobs) {
#if NP_HAVE_THREADS
    unsigned n = requested ? requested : std::thread::hardware_concurrency();
    if (n == 0) n = 1;
    if (n > jobs) n = unsigned(jobs ? jobs : 1);
    return n;
#else
    (void)requested;
    (void)jobs;
    return 1;
#endif
}

// Calls job(i) for every i in [0, n), each exactly once, on `threads` threads (the caller's
// included), handing out indexes in order as threads become free (documents differ in size).
// job returns false to stop: indexes not yet started are then skipped.
template <class Job>
void parallel_for(size_t n, unsigned threads, Job&& job) {
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    auto run = [&] {
        for (size_t i; !stop.load(std::memory_order_relaxed) && (i = next.fetch_add(1)) < n;)
            if (!job(i)) stop.store(true);
    };
#if NP_HAVE_THREADS
    if (threads > 1 && n > 1) {
        std::vector<std::thread> pool;
        pool.reserve(threads - 1);
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
        run();
        for (auto& t : pool) t.join();
        return;
    }
#else
    (void)threads;
#endif
    run();
}

}  // namespace np
