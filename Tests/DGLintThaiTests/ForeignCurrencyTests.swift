import DGLintModel
import DGLintThai
import Testing

/// An amount that names another currency is money, but not baht.
@Suite struct ForeignCurrencyTests {
    @Test(arguments: [
        ("USD 3,500", "USD", 350_000), ("3,500 EUR", "EUR", 350_000), ("$12.50", "USD", 1_250),
        ("¥ 1,000", "JPY", 100_000),
        ("12.5 ล้านบาท", "THB", 1_250_000_000), ("THB 500", "THB", 50_000),
    ])
    func theCurrencyAndAmountAreRead(text: String, currency: String, minorUnits: Int) throws {
        let money = try MoneyReader.read(.string(text)).get()
        #expect(money.currency == currency)
        #expect(money.amount.satang == minorUnits)
    }

    @Test func anotherCurrencyIsNotReadAsBaht() {
        guard case .failure(let error) = Baht.read(.string("USD 3,500")) else {
            Issue.record("USD 3,500 was read as baht")
            return
        }
        #expect(error.reason.en.contains("in USD, not baht"))
        #expect(error.reason.th.contains("USD"))
    }

    @Test func wordsThatLookLikeCodesAreNotCurrencies() {
        #expect(Baht.foreignCurrency(in: "1,000 บาท") == nil)
        #expect(Baht.foreignCurrency(in: "ABCD 100") == nil)
    }
}
