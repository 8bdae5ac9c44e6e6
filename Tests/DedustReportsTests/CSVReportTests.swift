import Testing
import DedustScenario
@testable import DedustReports

@Suite struct CSVReportTests {
    static func lines(_ t: CSVTable) -> [String] { t.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    @Test func tablesHaveTheirHeadersAndOneRowPerObservation() throws {
        let result = try ReportFixture.run(try ReportFixture.scenario())
        let tables = Dictionary(uniqueKeysWithValues: CSVReport().tables(result).map { ($0.suffix, $0.table) })
        #expect(Set(tables.keys) == ["-configurations.csv", "-units.csv", "-limits.csv", "-curves.csv", "-psd.csv"])
        let units = result.configurations.reduce(0) { $0 + $1.units.count }   // 2 + 5
        #expect(units == 7)
        let classes = result.grid.count
        let curves = try #require(tables["-curves.csv"])
        #expect(Self.lines(curves).first == "configuration,unit,model,class,d_low_um,d_high_um,d_mean_um,eta,ci_low,ci_high")
        #expect(Self.lines(curves).count == 1 + units * classes)
        let kpis = try #require(tables["-units.csv"])
        #expect(Self.lines(kpis).first?.hasPrefix("configuration,unit,equipment,type,model,efficiency,inlet_mg_per_Nm3,") == true)
        #expect(Self.lines(kpis).count == 1 + units)
        let limits = try #require(tables["-limits.csv"])
        #expect(Self.lines(limits).count == 1 + result.configurations.reduce(0) { $0 + $1.limits.count })
        let configurations = try #require(tables["-configurations.csv"]), psd = try #require(tables["-psd.csv"])
        #expect(Self.lines(configurations).count == 1 + 2)
        #expect(Self.lines(psd).count == 1 + 2 * 2 * classes)
        // Every row has the header's field count (no field in this fixture needs quoting).
        for t in tables.values {
            for line in Self.lines(t) where !line.contains("\"") {
                #expect(line.split(separator: ",", omittingEmptySubsequences: false).count == t.header.count)
            }
        }
    }

    @Test func curveValuesMatchTheResult() throws {
        let result = try ReportFixture.run(try ReportFixture.scenario())
        let curves = CSVReport().curves(result)
        let c = result.configurations[1], u = c.units[2]   // full / cyclone
        let row = try #require(curves.rows.first { $0[0] == c.name && $0[1] == u.id && $0[3] == "10" })
        #expect(Double(row[7]) == u.gradeEfficiency[10])
        #expect(row[8] == "" && row[9] == "")   // correlations have no confidence bounds
    }

    @Test func fieldsAreQuotedPerRFC4180() {
        #expect(CSVTable.field("a,b") == "\"a,b\"")
        #expect(CSVTable.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.field("plain") == "plain")
        #expect(CSVTable.number(.nan) == "" && CSVTable.number(nil) == "" && CSVTable.number(2) == "2")
        #expect(CSVTable.number(0.25) == "0.25")
    }
}
