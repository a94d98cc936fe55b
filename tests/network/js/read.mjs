// Reads a GraphML or GEXF file with the parsers and options Gephi Lite uses, and prints what
// graphology sees as JSON: graph type, counts, and every node and edge with its attributes.
// Usage: node read.mjs FILE.graphml|FILE.gexf
import { readFileSync } from "node:fs";
import graphology from "graphology";
import graphml from "graphology-graphml";
import gexf from "graphology-gexf";

const GEPHI_LITE = {
  graphml: { parser: graphml, options: { addMissingNodes: true } },
  gexf: { parser: gexf, options: { allowUndeclaredAttributes: true, addMissingNodes: true } },
};

const path = process.argv[2];
const format = path.endsWith(".gexf") ? "gexf" : "graphml";
const { parser, options } = GEPHI_LITE[format];
const graph = parser.parse(graphology.MultiGraph, readFileSync(path, "utf-8"), options);

const result = {
  format,
  options,
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
  edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
};
process.stdout.write(JSON.stringify(result));
