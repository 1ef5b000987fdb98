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
#include <type_traits>

#if !defined(__EMSCRIPTEN__) || defined(__EMSCRIPTEN_PTHREADS__)
#include <condition_variable>
#include <cstdint>
#include <mutex>
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
    // job(i) or job(i, worker): worker is 0 (the caller) .. threads-1, one per thread, so a job
    // can use that thread's own buffers.
    auto run = [&](unsigned worker) {
        for (size_t i; !stop.load(std::memory_order_relaxed) && (i = next.fetch_add(1)) < n;) {
            bool go;
            if constexpr (std::is_invocable_v<Job&, size_t, unsigned>) go = job(i, worker);
            else go = job(i);
            if (!go) stop.store(true);
        }
    };
#if NP_HAVE_THREADS
    if (threads > 1 && n > 1) {
        std::vector<std::thread> pool;
        pool.reserve(threads - 1);
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
        run(0);
        for (auto& t : pool) t.join();
        return;
    }
#else
    (void)threads;
#endif
    run(0);
}

// A few threads kept for one stage call on ONE document (dedup's per-segment passes, its
// signature blocks, segment()'s halves): run() hands out the indexes of a job like
// parallel_for, but a job costs a wake-up, not a thread start (dedup runs ~70 jobs on 1 MB;
// starting a thread for each ate the gain). Worker 0 is the caller. Without threads (the wasm
// builds) every job runs in the caller, in index order.
class Team {
public:
    explicit Team(unsigned threads) {
#if NP_HAVE_THREADS
        for (unsigned t = 1; t < threads; ++t) pool_.emplace_back([this, t] { serve(t); });
#else
        (void)threads;
#endif
    }
    ~Team() {
#if NP_HAVE_THREADS
        {
            std::lock_guard<std::mutex> lock(m_);
            quit_ = true;
        }
        wake_.notify_all();
        for (auto& t : pool_) t.join();
#endif
    }
    Team(const Team&) = delete;
    Team& operator=(const Team&) = delete;

    unsigned size() const {
#if NP_HAVE_THREADS
        return unsigned(pool_.size()) + 1;
#else
        return 1;
#endif
    }

    // Calls job(worker, i) for every i in [0, n), each exactly once; returns when all are done.
    template <class Job>
    void run(size_t n, Job&& job) {
        auto call = [](void* j, unsigned w, size_t i) { (*static_cast<Job*>(j))(w, i); };
#if NP_HAVE_THREADS
        if (!pool_.empty() && n > 1) {
            {
                std::lock_guard<std::mutex> lock(m_);
                job_ = &job;
                call_ = call;
                n_ = n;
                next_.store(0, std::memory_order_relaxed);
                busy_.store(unsigned(pool_.size()), std::memory_order_relaxed);
                generation_.fetch_add(1, std::memory_order_release);
            }
            wake_.notify_all();
            work(0);
            // The others finish within microseconds of the caller, usually: look a while before
            // sleeping (a sleep and a wake-up are two system calls and a context switch).
            for (int spin = 0; spin < kSpins && busy_.load(std::memory_order_acquire) != 0; ++spin) pause();
            if (busy_.load(std::memory_order_acquire) != 0) {
                std::unique_lock<std::mutex> lock(m_);
                done_.wait(lock, [&] { return busy_.load(std::memory_order_acquire) == 0; });
            }
            return;
        }
#endif
        for (size_t i = 0; i < n; ++i) call(&job, 0, i);
    }

private:
#if NP_HAVE_THREADS
    // ~0.1-0.3 ms of looking (a dedup of 1 MB hands out ~70 jobs back to back): short enough
    // that an idle team costs nothing worth measuring, long enough to bridge the gaps.
    static constexpr int kSpins = 4000;
    static void pause() {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#else
        std::this_thread::yield();
#endif
    }
    void work(unsigned worker) {
        for (size_t i; (i = next_.fetch_add(1, std::memory_order_relaxed)) < n_;) call_(job_, worker, i);
    }
    void serve(unsigned worker) {
        uint64_t seen = 0;
        for (;;) {
            for (int spin = 0; spin < kSpins && generation_.load(std::memory_order_acquire) == seen; ++spin) pause();
            if (generation_.load(std::memory_order_acquire) == seen) {
                std::unique_lock<std::mutex> lock(m_);
                wake_.wait(lock, [&] { return quit_ || generation_.load(std::memory_order_acquire) != seen; });
            }
            {
                std::lock_guard<std::mutex> lock(m_);  // orders quit_ and the job's fields
                if (quit_) return;
            }
            seen = generation_.load(std::memory_order_acquire);
            work(worker);
            if (busy_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
                std::lock_guard<std::mutex> lock(m_);  // the caller checks busy_ under it: no lost wake-up
                done_.notify_one();
            }
        }
    }
    std::vector<std::thread> pool_;
    std::mutex m_;
    std::condition_variable wake_, done_;
    bool quit_ = false;
    std::atomic<uint64_t> generation_{0};
    std::atomic<unsigned> busy_{0};
    void* job_ = nullptr;
    void (*call_)(void*, unsigned, size_t) = nullptr;
    size_t n_ = 0;
    std::atomic<size_t> next_{0};
#endif
};

}  // namespace np
