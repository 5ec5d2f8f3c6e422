// GraphML and GEXF: well-formed XML that NetworkX loads with our ids, attributes and times.
#include "sample_dataset.h"
#include "test_util.h"

#include <catch2/catch.hpp>

using namespace eventline;
using namespace eventline::testing;

namespace {
/// Runs a python3 snippet with argv[1] = file; returns the result.
RunResult py(const ScratchDir& dir, const std::string& code, const std::string& file) {
    std::string script = dir.write("check.py", code);
    return run(dir, "/usr/bin/python3 " + script + " " + file);
}
} // namespace

TEST_CASE("graphml: NetworkX loads it with our ids, typed keys and clean text") {
    Dataset ds = sample_dataset();
    std::string xml = render(ds, Format::GraphMl);
    CHECK(xml.find('\x0b') == std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find("attr.name=\"lat\" attr.type=\"double\"") != std::string::npos);
    ScratchDir dir;
    std::string f = dir.write("g.graphml", xml);
    auto r = py(dir, R"PY(
import sys, networkx as nx
from lxml import etree
etree.parse(sys.argv[1])
g = nx.read_graphml(sys.argv[1])
assert g.number_of_nodes() == 22, g.number_of_nodes()
assert g.nodes['e-talks']['eid'] == 'e-talks'
assert g.nodes['e-talks']['label'] == 'Union & ministry meet in Z\u00fcrich', g.nodes['e-talks']['label']
assert g.nodes['e-strike']['start'] == '2024-03-10' and g.nodes['e-strike']['end'] == '2024-03-12'
assert g.nodes['p-rotterdam']['lat'] == 51.9225
assert g.nodes['a-org-ministry-of-transport']['events'] == 6, g.nodes['a-org-ministry-of-transport']
assert 'Protesters block the gate at Warehouse 9' == g.nodes['e-blockade']['label'], g.nodes['e-blockade']['label']
assert g.has_edge('a-org-acme', 'e-shipment')
assert not g.has_node('e-missing')
assert all(isinstance(d['weight'], float) for _, _, d in g.edges(data=True))
print(g.number_of_edges())
)PY",
                f);
    INFO(r.err);
    CHECK(r.status == 0);
}

TEST_CASE("gexf: GEXF 1.2draft, dynamic with dates, NetworkX loads it") {
    std::string xml = render(sample_dataset(), Format::Gexf);
    CHECK(xml.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(xml.find("mode=\"dynamic\"") != std::string::npos);
    CHECK(xml.find("timeformat=\"date\"") != std::string::npos);
    ScratchDir dir;
    std::string f = dir.write("g.gexf", xml);
    auto r = py(dir, R"PY(
import sys, networkx as nx
from lxml import etree
root = etree.parse(sys.argv[1]).getroot()
ns = {'g': 'http://www.gexf.net/1.2draft'}
declared = {(a.getparent().get('class'), a.get('id')) for a in root.iterfind('.//g:attributes/g:attribute', ns)}
for av in root.iterfind('.//g:attvalue', ns):
    owner = etree.QName(av.getparent().getparent()).localname
    assert (owner, av.get('for')) in declared, av.get('for')
g = nx.read_gexf(sys.argv[1])
assert g.number_of_nodes() == 22, g.number_of_nodes()
n = g.nodes['e-strike']
assert n['start'] == '2024-03-10' and n['end'] == '2024-03-12', n
assert n['kind'] == 'event' and n['eid'] == 'e-strike'
assert 'viz' in n and 'color' in n['viz']
assert g.nodes['p-zurich']['label'] == 'Z\u00fcrich'
assert 'start' not in g.nodes['e-statement']   # undated: always present
assert not g.has_node('e-missing')
)PY",
                f);
    INFO(r.err);
    CHECK(r.status == 0);
}

TEST_CASE("XML formats: an empty dataset is still a graph NetworkX reads") {
    ScratchDir dir;
    std::string a = dir.write("e.graphml", render(Dataset{}, Format::GraphMl));
    std::string b = dir.write("e.gexf", render(Dataset{}, Format::Gexf));
    auto r = run(dir, "/usr/bin/python3 -c \"import sys,networkx as nx; assert "
                      "nx.read_graphml(sys.argv[1]).number_of_nodes()==0;"
                      " assert nx.read_gexf(sys.argv[2]).number_of_nodes()==0\" " +
                          a + " " + b);
    INFO(r.err);
    CHECK(r.status == 0);
}
