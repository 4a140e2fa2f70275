// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Hallwright developers
#include "app/cli/cli.h"

#include "app/cli/commands.h"

#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <ostream>
#include <sstream>

namespace hw::cli {

namespace {

constexpr const char *kUsage = R"(Usage: hallwright-cli COMMAND [ARGS]

Capacity planning for liquid-cooled AI halls, without a screen.

Commands:
  validate PLAN               check a plan file and its rules; prints a summary
  evaluate PLAN [--json] [--fail ID,...] [--scenario ID]
                              check every rule and report capacity, N-1 headroom,
                              cooling and stranded capacity; --fail: the state with
                              those feeds, sources and CDUs failed together;
                              --scenario: a named variant of the plan instead
  scenarios PLAN [--json]     compare the plan's scenarios side by side
  place PLAN --hall ID --rack-type ID (--count N | --max) -o OUT [--json]
                              place racks automatically, connected to power and
                              cooling; reports the upper bound and the gap
  convert IN OUT              convert between .json and .hallplan (by extension)
  export PLAN --format pdf|svg|png|dxf|csv [--hall ID] -o OUT
                              a PDF report, an SVG or PNG plan drawing, a DXF for
                              CAD, or a CSV rack schedule or bill of materials
  import-dxf DXF --list-layers | --layers-outline L (--new-hall ID | --replace-outline HALL)
           --plan PLAN -o OUT
                              a hall outline and obstacles from an architect's DXF
  generate --it-mw N [--halls N] [--rack-type ID] [--name TEXT] -o OUT
                              a synthetic campus sized to N MW of IT, for demos
                              and benchmarks (--it-mw 1000: the gigawatt campus)

PLAN is a .json or .hallplan file. Run 'hallwright-cli COMMAND --help' for a command's options.

Exit status: 0 done and no error-level violation; 1 done but the plan has
error-level violations; 2 bad input or usage (the message is on stderr).

Options:
  -h, --help      show this help
  -V, --version   show the version
)";

struct Command
{
    std::function<int(const std::vector<std::string> &, std::ostream &, std::ostream &)> run;
    const char *help;
};

const std::map<std::string, Command> &commands()
{
    static const std::map<std::string, Command> table = {
        {"validate", {runValidate, R"(Usage: hallwright-cli validate PLAN

Reads PLAN (.json or .hallplan) and checks that it is a valid plan: syntax, types, required
fields, sizes and capacities, polygons, unique ids and references; then checks the rules of the
specification and lists the violations. Prints a summary.
Exit status: 0 valid without error-level violations; 1 valid but breaking rules; 2 not a valid
plan (each problem is printed with its place).
)"}},
        {"evaluate",
         {runEvaluate,
          R"(Usage: hallwright-cli evaluate PLAN [--json] [--fail ID[,ID...]] [--scenario ID]

Evaluates PLAN: every rule of the specification (geometry, power in normal operation and in every
single failure, liquid and air cooling, floor), the metrics (IT and facility kW, GPUs, PFLOPS,
densities), headroom in racks by resource and stranded capacity. Prints tables per hall, or with
--json the report of SPEC section 6.

  --json             print only the JSON report on stdout
  --fail ID,...      also report the state with these feeds, sources and CDUs failed together:
                     racks that lose power, loops short of capacity or flow, and the racks that
                     must throttle (and by how many kW)
  --scenario ID      evaluate this scenario (a named variant of the halls stored in the plan)
                     instead of the active one

Exit status: 0 no error-level violation; 1 the plan has error-level violations; 2 bad input.
)"}},
        {"scenarios", {runScenarios, R"(Usage: hallwright-cli scenarios PLAN [--json]

Evaluates each scenario of PLAN on its own (exactly as evaluate --scenario ID would) and compares
them side by side: racks, IT and facility MW, GPUs, PFLOPS per precision, headroom in racks by
resource, stranded kW by resource, errors and warnings. A plan without scenarios is one column.

  --json             print the comparison as JSON

Exit status: 0 no scenario has error-level violations; 1 one has; 2 bad input.
)"}},
        {"place",
         {runPlace,
          R"(Usage: hallwright-cli place PLAN --hall ID --rack-type ID (--count N | --max) -o OUT [--json]

Places racks of one type in a hall around the racks already there (which never move): rows of
back-to-back pairs with shared aisles, runs broken by cross aisles, both row orientations and
several offsets tried. Every new rack is connected per the hall's topology to feeds within reach
and to a loop with a CDU within the pipe run, N-1 safe for power and N+k for cooling: the most
racks first, then balanced utilization. Writes the plan with the new racks to OUT.

  --hall ID          the hall to fill
  --rack-type ID     the catalog rack type to place
  --count N          place N racks (fewer if fewer fit; the reason is printed)
  --max              place as many as fit, and report the gap to the upper bound
  --phase ID         give the new racks this phase
  --tenant ID        place for this tenant: the racks carry it and may use its reserved
                     capacity in the hall (fulfilling its reservations there); capacity
                     reserved for other tenants is never used
  -o, --output OUT   where to write the result (.json or .hallplan; written atomically)
  --json             print {placed, requested, upperBound, limitedBy, gapPct, seconds} as JSON

Exit status: 0 the result has no error-level violation; 1 it has (the plan had them before);
2 bad input.
)"}},
        {"convert", {runConvert, R"(Usage: hallwright-cli convert IN OUT

Converts a plan between the interchange format (.json) and the project file (.hallplan); the
formats are chosen by extension. The plan is checked first; OUT is replaced atomically.
)"}},
#ifdef HW_WITH_EXPORT
        {"export",
         {runExport,
          R"(Usage: hallwright-cli export PLAN --format pdf|svg|png|dxf|csv [--hall ID] -o OUT
       [--paper a3|a4] [--csv schedule|bom] [--dpi N]

Exports PLAN (the whole site, or one hall with --hall) for people and programs outside Hallwright.
The file is written atomically; PDF, SVG and PNG need no display (Qt's offscreen platform).

  --format F         pdf: the capacity report: cover, site summary, per hall a dimensioned floor
                          plan to scale, tables (racks by row, feeds, loops, violations) and
                          capacity charts, energy (facility kW, MWh, cost, emissions), tenants
                          (when the plan has any) and the assumptions (catalog values, sources)
                     svg, png: the floor plan to scale with legend, scale bar and north arrow
                     dxf: a CAD drawing in metres with layers HALL-OUTLINE, OBSTACLES, RACKS,
                          RACK-IDS, CDUS, FEED-A, FEED-B, LOOPS, AISLES and one block per rack
                          type with attributes ID, TYPE, KW, FEEDS, LOOP
                     csv: a rack schedule or a bill of materials (RFC 4180, UTF-8, CRLF)
                     (default: from the extension of OUT)
  --hall ID          export this hall alone (in hall coordinates); default: the whole site
  -o, --output OUT   the file to write
  --paper a3|a4      PDF paper, landscape (default a3)
  --csv schedule|bom CSV content: the rack schedule (default) or the bill of materials
  --dpi N            PNG resolution in dots per inch (default 150)

Exit status: 0 written and the plan has no error-level violation; 1 written but the plan has
error-level violations; 2 bad input or the file could not be written.
)"}},
#endif
        {"import-dxf", {runImportDxf, R"(Usage: hallwright-cli import-dxf DXF --list-layers
       hallwright-cli import-dxf DXF --layers-outline L[,L...] [--layers-obstacles L1,L2] [--units U]
           (--new-hall ID [--move-to-origin] | --replace-outline HALL) --plan PLAN -o OUT

Takes a hall outline and obstacles from an architect's DXF drawing: the outline is the largest
closed polyline (LWPOLYLINE or POLYLINE) on the outline layers, every other closed polyline on
the obstacle layers is an obstacle (its layer name becomes its kind). Lengths are converted to
metres from the drawing's $INSUNITS; coordinates are kept as drawn. The result is checked like
any plan and written to OUT; PLAN itself is never changed.

  --list-layers          list the drawing's layers with their closed polylines, and its units
  --layers-outline L     the layer(s) holding the hall outline
  --layers-obstacles L   the layer(s) holding columns, shafts and other obstacles
  --units U              the drawing's unit (m, cm, mm, dm, km, in, ft, yd) when $INSUNITS is
                         missing or unitless; overrides $INSUNITS when given
  --new-hall ID          add a new hall with this id, east of the halls there
  --move-to-origin       with --new-hall: move the outline's lower-left corner to (0, 0)
  --replace-outline HALL replace this hall's outline (and its obstacles, when obstacle layers
                         are given); racks, power and cooling stay
  --plan PLAN            the plan to add to (.json or .hallplan)
  -o, --output OUT       where to write the result (.json or .hallplan)

Exit status: 0 written and the plan has no error-level violation; 1 written but the plan now has
error-level violations (racks outside a new outline, ...); 2 bad input.
)"}},
        {"generate",
         {runGenerate,
          R"(Usage: hallwright-cli generate --it-mw N [--halls N] [--rack-type ID] [--name TEXT] -o OUT

Builds a realistic campus sized to N MW of IT load: halls of about 25 MW (or --halls of them),
rows of back-to-back pairs with two runs per row, each run under a 2N busway pair (415 V, sized
with the 80 % rule), two UPS sources per hall, one liquid loop per row pair with N+1 CDUs from the
catalog, N+1 air units for the residual heat; the racks are placed and connected by the placement
engine, so the result evaluates without errors. --it-mw 1000 is the gigawatt campus.

  --it-mw N          IT load in MW (planning power of the racks)
  --halls N          number of halls (default: about 25 MW each)
  --rack-type ID     rack type (default gb300-nvl72)
  --name TEXT        the plan's name
  -o, --output OUT   where to write it (.json or .hallplan)
)"}},
    };
    return table;
}

} // namespace

void printProblems(std::ostream &err, const std::string &text)
{
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        err << "error: " << line << '\n';
}

bool isTheInput(const std::string &input, const std::string &output, const char *command,
                std::ostream &err)
{
    std::error_code ec;
    if (!std::filesystem::exists(output, ec) || !std::filesystem::equivalent(input, output, ec))
        return false;
    err << "error: " << output << ": is the input file; " << command
        << " writes a new file, never over its input\n";
    return true;
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        if (args.empty()) {
            err << kUsage;
            return BadInput;
        }
        const std::string &first = args.front();
        if (first == "-h" || first == "--help" || first == "help") {
            out << kUsage;
            return Ok;
        }
        if (first == "-V" || first == "--version") {
            out << "hallwright-cli " << HW_VERSION << '\n';
            return Ok;
        }
        auto it = commands().find(first);
        if (it == commands().end()) {
            const bool option = first.size() > 1 && first[0] == '-';
            err << "error: unknown " << (option ? "option" : "command") << " '" << first << "'\n\n"
                << kUsage;
            return BadInput;
        }
        std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto &a : rest) {
            if (a == "-h" || a == "--help") {
                out << it->second.help;
                return Ok;
            }
        }
        return it->second.run(rest, out, err);
    } catch (const std::bad_alloc &) {
        err << "error: out of memory\n";
        return BadInput;
    } catch (const std::exception &e) {
        err << "error: " << e.what() << '\n';
        return BadInput;
    }
}

} // namespace hw::cli
