#include "eventline/pipeline.h"

#include "eventline/graph.h"
#include "eventline/merge.h"
#include "eventline/text.h"
#include "eventline/timex.h"

#include <algorithm>
#include <unordered_map>

namespace eventline {

struct Pipeline::Impl {
    PipelineOptions options;
    TimexTagger timex;
    EntityRecognizer entities;
    EventExtractor events;
    explicit Impl(const PipelineOptions& o) : options(o), entities(EntityOptions{o.actors_file}) {}
};

Pipeline::Pipeline(const PipelineOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Pipeline::~Pipeline() = default;

DocumentExtraction Pipeline::extract(Document document) const {
    DocumentExtraction out;
    auto sentences = split_sentences(document.text);
    SentenceTimexes timexes;
    timexes.reserve(sentences.size());
    for (const auto& s : sentences)
        timexes.push_back(impl_->timex.tag(s.norm, document.published));
    out.entities = impl_->entities.recognize(document, sentences);
    out.events = impl_->events.extract(document, sentences, timexes, out.entities);
    out.sentences.reserve(sentences.size());
    for (auto& s : sentences)
        out.sentences.push_back(std::move(s.norm));
    out.document = std::move(document);
    return out;
}

namespace {

// Turns one document's event mentions into single-mention Events with corpus-wide ids.
void globalize(const DocumentExtraction& x, const std::vector<std::string>& ids, std::vector<Event>& out) {
    auto id_of = [&](int local) {
        return local >= 0 && std::size_t(local) < ids.size() ? ids[local] : std::string();
    };
    for (const auto& m : x.events) {
        Event e;
        e.type = m.type;
        e.cameo = m.cameo;
        e.label = m.label;
        e.time = m.time;
        if (e.time) { // eventline/1 intervals are calendar days; a TIME timex keeps its hour in `value`
            if (e.time->start.size() > 10) e.time->start.resize(10);
            if (e.time->end.size() > 10) e.time->end.resize(10);
        }
        for (const auto& p : m.participants)
            if (auto id = id_of(p.entity); !id.empty()) e.participants.push_back({id, p.role});
        for (const auto& p : m.places)
            if (auto id = id_of(p.entity); !id.empty()) e.places.push_back({id, p.role});
        for (const auto& q : m.quantities)
            e.quantities.push_back(
                {q.value, q.low, q.high, q.approximate, q.unit, q.per, q.text, id_of(q.claimed_by)});
        e.attribution = {id_of(m.source), m.modality};
        e.negated = m.negated;
        e.quote = m.quote;
        std::string sentence = m.sentence < x.sentences.size() ? x.sentences[m.sentence] : std::string();
        e.mentions.push_back({x.document.id, std::move(sentence), m.begin, m.end});
        e.rule = m.rule;
        e.trigger = m.trigger;
        e.order = m.begin;
        out.push_back(std::move(e));
    }
}

} // namespace

Dataset Pipeline::assemble(std::vector<DocumentExtraction> extractions) const {
    std::sort(extractions.begin(), extractions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.document.source, a.document.id) < std::tie(b.document.source, b.document.id);
    });
    Dataset ds;
    {
        std::vector<Document> docs;
        docs.reserve(extractions.size());
        for (auto& x : extractions)
            docs.push_back(x.document);
        group_stories(docs);
        for (std::size_t i = 0; i < docs.size(); ++i)
            extractions[i].document.story = docs[i].story;
    }
    std::vector<const Document*> docs;
    std::vector<const DocumentEntities*> ents;
    for (const auto& x : extractions) {
        docs.push_back(&x.document);
        ents.push_back(&x.entities);
    }
    ResolvedEntities resolved = resolve_entities(docs, ents);
    std::vector<Event> events;
    for (std::size_t i = 0; i < extractions.size(); ++i)
        globalize(extractions[i], i < resolved.ids.size() ? resolved.ids[i] : std::vector<std::string>{},
                  events);
    for (auto& x : extractions)
        ds.documents.push_back(std::move(x.document));
    ds.events = merge_events(std::move(events), ds.documents);
    ds.actors = std::move(resolved.actors);
    ds.places = std::move(resolved.places);
    std::sort(ds.documents.begin(), ds.documents.end(),
              [](const Document& a, const Document& b) { return a.id < b.id; });
    build_edges(ds);
    return ds;
}

BuildResult build_dataset(const std::vector<std::string>& inputs, const PipelineOptions& options) {
    BuildResult result;
    Pipeline pipeline(options);
    Ingestor ingestor(IngestOptions{options.date});
    std::vector<DocumentExtraction> extractions;
    ingestor.read(inputs, [&](Document&& d) { extractions.push_back(pipeline.extract(std::move(d))); });
    result.issues = ingestor.issues();
    result.dataset = pipeline.assemble(std::move(extractions));
    return result;
}

} // namespace eventline
