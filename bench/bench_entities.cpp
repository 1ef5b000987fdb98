// bench_entities.cpp — throughput of the entity stage on real news text (not a test).
//   ./build/native/bench_entities [MB [--dump]]   (default 20 MB of Reuters-21578 bodies from ../shared)
// Prints MB/s (wall clock and CPU time) for find_entities alone (documents already normalized and segmented) and for
// the whole analyze() pipeline. Target: entities >= 20 MB/s natively.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "models.hpp"
#include "stages.hpp"

namespace {


}  // namespace

int main(int argc, char** argv) {
    double want_mb = argc > 1 ? std::atof(argv[1]) : 20.0;
    const std::string path = np::bench::reuters_path();
    std::string jsonl;
    if (!np::bench::read_file(path, jsonl)) {
        std::fprintf(stderr, "bench_entities: %s not found\n", path.c_str());
        return 1;
    }
    np::Resources res;
    for (const char* name : {"ner.model", "gazetteer_iso.tsv", "gazetteer_world.tsv", "gazetteer_names.tsv"}) {
        std::string data;
        if (np::bench::read_file(np::bench::assets_dir() + "/" + name, data)) res.files[name] = std::move(data);
        else std::fprintf(stderr, "bench_entities: assets/%s missing\n", name);
    }
    std::string err;
    auto models = np::load_models(res, err);
    if (!models) { std::fprintf(stderr, "bench_entities: %s\n", err.c_str()); return 1; }

    size_t total = 0;
    std::vector<std::string> bodies = np::bench::reuters_bodies(jsonl, want_mb, total);
    // Prepare documents (normalize + segment + analysed flags) outside the timed part.
    std::vector<np::Document> docs(bodies.size());
    for (size_t i = 0; i < bodies.size(); ++i) {
        docs[i].text = bodies[i];
        np::normalize(docs[i]);
        np::segment(docs[i]);
        docs[i].analysed.assign(docs[i].segments.size(), 1);
    }
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    size_t entities = 0;
    np::EntityScratchPtr scratch = np::make_entity_scratch();  // one per thread, as analyze() runs it
    for (auto& d : docs) { np::find_entities(d, models.get(), scratch.get()); entities += d.entities.size(); }
    std::clock_t c1 = std::clock();
    auto t1 = std::chrono::steady_clock::now();
    double s = std::chrono::duration<double>(t1 - t0).count();
    double cpu = double(c1 - c0) / CLOCKS_PER_SEC;
    if (argc > 2 && std::string(argv[2]) == "--dump")  // per-document counts, to compare native and wasm runs
        for (size_t i = 0; i < docs.size(); ++i)
            std::printf("doc %zu: %zu tokens, %zu entities\n", i, docs[i].tokens.size(), docs[i].entities.size());
    // CPU time too: on a shared machine the wall clock mostly measures the other processes.
    std::printf("entities: %zu documents, %.1f MB, %zu entities, %.3f s, %.1f MB/s (CPU %.3f s, %.1f MB/s)\n", docs.size(),
                double(total) / 1e6, entities, s, double(total) / 1e6 / s, cpu, double(total) / 1e6 / cpu);

    np::Input in;
    for (size_t i = 0; i < bodies.size(); ++i) in.documents.push_back({std::to_string(i), "", bodies[i]});
    np::Options opt;
    opt.models = models.get();
    auto t2 = std::chrono::steady_clock::now();
    auto an = np::analyze(in, opt);
    auto t3 = std::chrono::steady_clock::now();
    double s2 = std::chrono::duration<double>(t3 - t2).count();
    std::printf("analyze (whole pipeline): %.3f s, %.1f MB/s\n", s2, double(total) / 1e6 / s2);
    return an.documents.size() == bodies.size() ? 0 : 1;
}
