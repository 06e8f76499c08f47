import Testing

@testable import DGLintYAML

@Suite("The stack the document builder keeps children on")
struct MoveStackTests {
    final class Token {
        let id: Int
        init(_ id: Int) { self.id = id }
    }

    @Test("a suffix leaves in order, past several growths, and what stays below is untouched")
    func suffixInOrder() {
        let stack = MoveStack<String>(capacity: 2)
        for i in 0..<100 { stack.append("item \(i)") }
        #expect(stack.count == 100)
        #expect(stack.takeSuffix(from: 97) == ["item 97", "item 98", "item 99"])
        #expect(stack.count == 97)
        #expect(stack.takeSuffix(from: 97) == [])
        stack.append("next")
        #expect(stack.takeSuffix(from: 95) == ["item 95", "item 96", "next"])
        #expect(stack[0] == "item 0" && stack[94] == "item 94")
    }

    @Test("taken elements belong to the array alone; removed ones and those left at the end are released")
    func ownership() {
        weak var taken: Token?
        weak var removed: Token?
        weak var left: Token?
        var array: [Token] = []
        do {
            let stack = MoveStack<Token>()
            let tokens = [Token(1), Token(2), Token(3)]
            (left, removed, taken) = (tokens[0], tokens[1], tokens[2])
            for token in tokens { stack.append(token) }
            array = stack.takeSuffix(from: 2)
            stack.removeSuffix(from: 1)
            #expect(stack.count == 1)
        }
        #expect(removed == nil)
        #expect(left == nil)
        #expect(taken != nil)
        #expect(array.map(\.id) == [3])
        array = []
        #expect(taken == nil)
    }

    @Test("the top changes in place, pops in reverse order and releases nothing it hands back")
    func topAndPop() {
        let stack = MoveStack<[Int]>(capacity: 1)
        #expect(stack.popLast() == nil)
        stack.append([1])
        stack.append([2])
        stack.last.append(3)
        #expect(stack.last == [2, 3])
        #expect(stack[0] == [1])
        #expect(stack.popLast() == [2, 3])
        #expect(stack.last == [1])
        #expect(stack.popLast() == [1])
        #expect(stack.count == 0)
        #expect(stack.popLast() == nil)
    }

    @Test("firstIndex finds the first match at or after its start, and nil past the last element")
    func firstIndex() {
        let stack = MoveStack<Int>(capacity: 2)
        for i in [5, 7, 5, 9, 5] { stack.append(i) }
        #expect(stack.firstIndex(from: 0, where: { $0 == 5 }) == 0)
        #expect(stack.firstIndex(from: 1, where: { $0 == 5 }) == 2)
        #expect(stack.firstIndex(from: 3, where: { $0 == 5 }) == 4)
        #expect(stack.firstIndex(from: 5, where: { $0 == 5 }) == nil)
        #expect(stack.firstIndex(from: 0, where: { $0 == 8 }) == nil)
    }
}
