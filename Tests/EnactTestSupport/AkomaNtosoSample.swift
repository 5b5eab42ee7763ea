/// A minimal Akoma Ntoso act for tests that build one around a body of their own: the FRBR identification a
/// reader needs (work, country, date, language), then `body` inside `<body>`.
public enum AkomaNtosoSample {
    public static func act(body: String) -> String {
        """
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta>
        <identification source="#x"><FRBRWork><FRBRthis value="/akn/za/act/2020/1/!main"/>
        <FRBRuri value="/akn/za/act/2020/1"/><FRBRdate date="2020-01-01" name="enacted"/><FRBRauthor href="#x"/>
        <FRBRcountry value="za"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/za/act/2020/1/eng@/!main"/>
        <FRBRuri value="/akn/za/act/2020/1/eng@"/><FRBRdate date="2020-01-01" name="enacted"/>
        <FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression></identification></meta><body>
        \(body)
        </body></act></akomaNtoso>
        """
    }
}
