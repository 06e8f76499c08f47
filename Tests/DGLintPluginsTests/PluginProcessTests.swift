import DGLintEngine
import DGLintModel
import DGLintTestSupport
import Testing

@testable import DGLintPlugins

/// Misbehaving plugins: each yields a result saying what went wrong (never a silent pass), the run goes on,
/// and no process is left behind.
@Suite(.serialized)
struct PluginProcessTests {
    /// A plugin that answers each call with one result whose message is the target.
    static let echo = PluginFixtures.python(
        """
        print(json.dumps({"id": request["id"], "results": [{"message": {"th": str(request["target"]), "en": "en"}, "path": request["path"]}]}), flush=True)
        """)

    @Test func answersWithResultsAndPaths() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let function = try PluginFixtures.function(
                PluginFixtures.plugins(in: folder, script: Self.echo), host: host)
            let results = function.evaluate("hello", in: PluginFixtures.context([.key("a"), .index(2)]))
            #expect(results == [FunctionResult(th: "hello", en: "en", path: [.key("a"), .index(2)])])
            host.stopAll()
        }
    }

    @Test func aCrashIsAFindingWithStderrAndLaterCallsFailFast() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python(
                """
                sys.stderr.write("Traceback: KeyError 'province'\\n")
                sys.exit(3)
                """)
            let function = try PluginFixtures.function(PluginFixtures.plugins(in: folder, script: script), host: host)
            let first = function.evaluate("x", in: PluginFixtures.context())
            #expect(first.count == 1)
            let message = first.first?.message.en ?? ""
            #expect(message.contains("the plugin function 'probe' of pack 'demo' failed: it exited with status 3"))
            #expect(message.contains("KeyError 'province'"))
            #expect(first.first?.message.th.contains("ทำงานไม่สำเร็จ") == true)
            let clock = ContinuousClock()
            var second: [FunctionResult] = []
            let elapsed = clock.measure { second = function.evaluate("y", in: PluginFixtures.context()) }
            #expect(second == first)
            #expect(elapsed < .milliseconds(50))
            #expect(ChildReaper.listed.isEmpty)
        }
    }

    @Test func aHangPastTheTimeoutIsKilledWithinTheTimeout() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python("time.sleep(60)")
            let plugins = try PluginFixtures.plugins(in: folder, script: script, timeout: 1)
            let function = try PluginFixtures.function(plugins, host: host)
            let process = try #require(host.all.first)
            let clock = ContinuousClock()
            var results: [FunctionResult] = []
            let elapsed = clock.measure { results = function.evaluate("x", in: PluginFixtures.context()) }
            #expect(results.first?.message.en.contains("it timed out after 1 s and was stopped") == true)
            #expect(elapsed >= .milliseconds(900))
            #expect(elapsed < .seconds(2))
            #expect(process.runningPID == nil)
            #expect(ChildReaper.listed.isEmpty)
        }
    }

    @Test func garbageOutputIsAFinding() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python(#"print("all good, nothing to report", flush=True)"#)
            let function = try PluginFixtures.function(PluginFixtures.plugins(in: folder, script: script), host: host)
            let results = function.evaluate("x", in: PluginFixtures.context())
            let message = results.first?.message.en ?? ""
            #expect(message.contains("it answered something that is not a reply (not JSON"))
            #expect(message.contains("'all good, nothing to report'"))
            #expect(ChildReaper.listed.isEmpty)
        }
    }

    @Test func aReplyForAnotherCallIsGarbage() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python(
                #"print(json.dumps({"id": request["id"] + 1, "results": []}), flush=True)"#)
            let function = try PluginFixtures.function(PluginFixtures.plugins(in: folder, script: script), host: host)
            let message = function.evaluate("x", in: PluginFixtures.context()).first?.message.en ?? ""
            #expect(message.contains("the reply is for call 2, but call 1 was asked"))
        }
    }

    @Test func aReportedErrorFailsOnlyThatCall() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python(
                """
                if request["target"] == "bad":
                    print(json.dumps({"id": request["id"], "error": "cannot read the registry"}), flush=True)
                else:
                    print(json.dumps({"id": request["id"], "results": []}), flush=True)
                """)
            let function = try PluginFixtures.function(PluginFixtures.plugins(in: folder, script: script), host: host)
            let failed = function.evaluate("bad", in: PluginFixtures.context())
            #expect(failed.first?.message.en.contains("it reported an error: cannot read the registry") == true)
            #expect(function.evaluate("good", in: PluginFixtures.context()).isEmpty)
            host.stopAll()
        }
    }

    @Test func aSlowStartWithinTheStartTimeoutWorks() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python(
                #"print(json.dumps({"id": request["id"], "results": []}), flush=True)"#,
                beforeHandshake: "time.sleep(1)")
            let plugins = try PluginFixtures.plugins(in: folder, script: script, timeout: 3)
            let function = try PluginFixtures.function(plugins, host: host)
            #expect(function.evaluate("x", in: PluginFixtures.context()).isEmpty)
            #expect(function.evaluate("y", in: PluginFixtures.context()).isEmpty)
            host.stopAll()
        }
    }

    @Test func aPluginThatExitsMidRunFailsTheLaterCallsFast() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = PluginFixtures.python(
                """
                print(json.dumps({"id": request["id"], "results": []}), flush=True)
                if calls == 3:
                    sys.stderr.write("done after 3 calls\\n")
                    sys.exit(0)
                """)
            let function = try PluginFixtures.function(PluginFixtures.plugins(in: folder, script: script), host: host)
            for _ in 0..<3 { #expect(function.evaluate("x", in: PluginFixtures.context()).isEmpty) }
            let fourth = function.evaluate("x", in: PluginFixtures.context())
            #expect(fourth.first?.message.en.contains("it exited with status 0") == true)
            #expect(fourth.first?.message.en.contains("done after 3 calls") == true)
            let clock = ContinuousClock()
            var later: [[FunctionResult]] = []
            let elapsed = clock.measure {
                for _ in 0..<100 { later.append(function.evaluate("x", in: PluginFixtures.context())) }
            }
            #expect(later.allSatisfy { $0 == fourth })
            #expect(elapsed < .milliseconds(100))
        }
    }

    @Test func aMissingProgramIsAFinding() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            var plugins = try PluginFixtures.plugins(in: folder, script: Self.echo)
            plugins.functions[0].command = ["no-such-program-dglint", "x"]
            let function = try PluginFixtures.function(plugins, host: host)
            let message = function.evaluate("x", in: PluginFixtures.context()).first?.message.en ?? ""
            #expect(message.contains("it could not be started"))
            #expect(message.contains("no-such-program-dglint"))
        }
    }

    @Test func aWrongHandshakeIsAFinding() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let script = """
                import sys, json
                sys.stdin.readline()
                print(json.dumps({"protocol": 2, "functions": ["probe"]}), flush=True)
                sys.stdin.readline()
                """
            let function = try PluginFixtures.function(PluginFixtures.plugins(in: folder, script: script), host: host)
            let message = function.evaluate("x", in: PluginFixtures.context()).first?.message.en ?? ""
            #expect(message.contains("it speaks protocol 2, but this dglint speaks protocol 1"))
        }
    }

    @Test func thousandsOfCallsFromSeveralThreadsShareOneProcess() throws {
        try TemporaryFolder.with { folder in
            let host = PluginHost()
            let function = try PluginFixtures.function(
                PluginFixtures.plugins(in: folder, script: Self.echo), host: host)
            let calls = 5000
            let threads = 4
            let answered = Counter()
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                Threads.run(threads) { thread in
                    for index in stride(from: thread, to: calls, by: threads) {
                        let results = function.evaluate(.string("t\(index)"), in: PluginFixtures.context())
                        if results.count == 1, results[0].message.th == "t\(index)" { answered.add() }
                    }
                }
            }
            #expect(answered.value == calls)
            #expect(host.all.count == 1)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("plugin calls: \(calls) in \(Int(seconds * 1000)) ms = \(Int(Double(calls) / seconds)) calls/s")
            host.stopAll()
        }
    }

    @Test func noProcessOutlivesItsHost() throws {
        try TemporaryFolder.with { folder in
            var pid: Int32?
            do {
                let host = PluginHost()
                let function = try PluginFixtures.function(
                    PluginFixtures.plugins(in: folder, script: Self.echo), host: host)
                _ = function.evaluate("x", in: PluginFixtures.context())
                pid = host.all.first?.runningPID
                #expect(pid.map(PluginFixtures.exists) == true)
            }
            let stopped = try #require(pid)
            #expect(!PluginFixtures.exists(stopped))
            #expect(ChildReaper.listed.isEmpty)
        }
    }
}
