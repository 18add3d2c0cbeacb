import { describe, expect, it } from "vitest";
import { extractThemes, sentimentOf, themesIn, tokenize, type Theme } from "./verbatims";

// The demo data's comments, grouped as the seed writes them: detractors, passives, promoters.
const NEGATIVE = [
  "My order arrived 5 days late and I had to chase customer service.",
  "Had to contact support again and again about the same problem.",
  "Support took too long to sort out my problem.",
  "Prices have gone up and quality has not.",
  "Website is slow and checkout keeps failing.",
  "Nothing special compared to other shops.",
];
const NEUTRAL = [
  "Good products, but delivery could be faster.",
  "Fine overall; a bit pricey.",
  "Decent, would like more sizes in stock.",
  "OK experience, the app could be easier.",
];
const POSITIVE = [
  "Fast delivery and great quality, I recommend you to all my friends.",
  "Always a smooth experience, reordering in the app is easy.",
  "Customer service sorted my question in minutes.",
  "Love the loyalty perks and the quality.",
];
const EXAMPLES = [...NEGATIVE, ...NEUTRAL, ...POSITIVE];

// A few hundred comments as a survey export would hold them: the examples in a fixed rotation,
// with the late-order comment's day count varying as it does in the seed.
const corpus = (n: number) =>
  Array.from({ length: n }, (_, i) => EXAMPLES[i % EXAMPLES.length]!.replace("5 days", `${(i % 6) + 2} days`));
const phrases = (themes: Theme[]) => themes.map((t) => t.phrase);
const theme = (phrase: string): Theme => ({ phrase, count: 0, share: 0 });

describe("tokenize", () => {
  it("gives lowercased words, keeping apostrophes and letters of any script", () => {
    expect(tokenize("Don’t STOP — café naïve 東京, 5th time!")).toEqual(["don't", "stop", "café", "naïve", "東京", "5th", "time"]);
    expect(tokenize("")).toEqual([]);
  });

  it("reads what the customer wrote, not the markup, links or addresses around it", () => {
    expect(tokenize("<p>Great&nbsp;<b>service</b> &amp; fast</p>")).toEqual(["great", "service", "fast"]);
    expect(tokenize("See https://shop.example.com/orders?id=1 or mail me@example.com")).toEqual(["see", "or", "mail"]);
  });

  it("considers only the first 2,000 characters", () => {
    const tokens = tokenize(`${"ok ".repeat(1_000)}late`);
    expect(tokens).not.toContain("late");
    expect(tokens.length).toBeLessThanOrEqual(667);
  });
});

describe("sentimentOf", () => {
  it("labels the demo comments as a CX manager would read them", () => {
    for (const c of NEGATIVE) expect([c, sentimentOf(c).label]).toEqual([c, "negative"]);
    for (const c of NEUTRAL) expect([c, sentimentOf(c).label]).toEqual([c, "neutral"]);
    for (const c of POSITIVE) expect([c, sentimentOf(c).label]).toEqual([c, "positive"]);
  });

  it("gives a score in [-1, 1] that agrees with the label", () => {
    for (const c of [...EXAMPLES, "terrible awful horrible rude broken useless ".repeat(50), "love love love amazing perfect"]) {
      const { label, score } = sentimentOf(c);
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThanOrEqual(1);
      expect(label).toBe(score >= 0.15 ? "positive" : score <= -0.15 ? "negative" : "neutral");
    }
  });

  it("is neutral with score 0 when no sentiment word is present", () => {
    expect(sentimentOf("I ordered a blue jumper on Tuesday.")).toEqual({ label: "neutral", score: 0 });
    expect(sentimentOf("")).toEqual({ label: "neutral", score: 0 });
  });

  it("handles negation: negated praise is criticism, negated criticism is not", () => {
    expect(sentimentOf("not good").label).toBe("negative");
    expect(sentimentOf("The delivery was not good.").label).toBe("negative");
    expect(sentimentOf("not very helpful").label).toBe("negative");
    expect(sentimentOf("not bad").label).not.toBe("negative");
    expect(sentimentOf("No problems at all.").label).not.toBe("negative");
    expect(sentimentOf("My parcel never arrived.").label).toBe("negative");
    expect(sentimentOf("No help from anyone.").label).toBe("negative");
    expect(sentimentOf("Didn't arrive on time.").label).toBe("negative");
    expect(sentimentOf("Couldn't be happier!").label).toBe("positive");
  });

  it("keeps negation within its clause", () => {
    // "not" ends with its clause, so the praise after the comma stands.
    expect(sentimentOf("Not what I ordered at first, but great service and quick refund help.").label).toBe("positive");
  });

  it("tells coming back from complaining again", () => {
    expect(sentimentOf("Would buy again").label).toBe("positive");
    expect(sentimentOf("My order was late again.").label).toBe("negative");
    expect(sentimentOf("I will never order again.").label).toBe("negative");
  });

  it("weighs intensifiers and softeners lightly", () => {
    expect(sentimentOf("very slow").score).toBeLessThan(sentimentOf("slow").score);
    expect(sentimentOf("a bit slow").score).toBeGreaterThan(sentimentOf("slow").score);
    expect(sentimentOf("really great").score).toBeGreaterThan(sentimentOf("great").score);
  });

  it("counts emoji", () => {
    expect(sentimentOf("👍").label).toBe("positive");
    expect(sentimentOf("👎😡").label).toBe("negative");
  });
});

describe("extractThemes", () => {
  const comments = corpus(350);
  const themes = extractThemes(comments);

  it("surfaces the recurring topics of the demo comments", () => {
    expect(phrases(themes)).toEqual(expect.arrayContaining(["customer service", "delivery", "quality", "app"]));
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.length).toBeLessThanOrEqual(12);
  });

  it("never offers stopwords, numbers or one- and two-letter words", () => {
    const words = themes.flatMap((t) => t.phrase.split(" "));
    for (const stop of ["the", "and", "to", "my", "had", "has", "not", "in", "is", "of"]) expect(words).not.toContain(stop);
    for (const w of words) {
      expect(w.length).toBeGreaterThan(2);
      expect(w).not.toMatch(/^\d/);
    }
  });

  it("prefers a phrase to its parts when they occur together", () => {
    expect(phrases(themes)).toContain("customer service");
    expect(phrases(themes)).not.toContain("customer");
    expect(phrases(themes)).not.toContain("service");
    // When "service" is also a topic on its own, it stays alongside the phrase.
    const more = [...comments, ...Array.from({ length: 60 }, (_, i) => (i % 2 ? "Great service." : "The service was slow."))];
    expect(phrases(extractThemes(more, { limit: 50 }))).toEqual(expect.arrayContaining(["customer service", "service"]));
  });

  it("counts a phrase once per comment and reports its share of comments", () => {
    const few = ["Late delivery, late delivery, late delivery!", "late delivery again", "Late delivery.", "Friendly staff."];
    const late = extractThemes(few).find((t) => t.phrase === "late delivery");
    expect(late).toEqual({ phrase: "late delivery", count: 3, share: 0.75 });
    for (const t of themes) expect(t.share).toBeCloseTo(t.count / comments.length, 10);
  });

  it("sorts by count, then phrase, and is deterministic whatever the input order", () => {
    for (let i = 1; i < themes.length; i++) {
      const [a, b] = [themes[i - 1]!, themes[i]!];
      expect(a.count > b.count || (a.count === b.count && a.phrase < b.phrase)).toBe(true);
    }
    expect(extractThemes(comments)).toEqual(themes);
    expect(extractThemes([...comments].reverse())).toEqual(themes);
  });

  it("keeps phrases in at least minCount comments (default 3) or 2% of them, whichever is larger", () => {
    const two = ["Gift wrap was lovely.", "Gift wrap please.", "Slow courier.", "Slow courier again.", "Slow courier!"];
    expect(phrases(extractThemes(two))).toEqual(["slow courier"]);
    expect(phrases(extractThemes(two, { minCount: 2 }))).toEqual(["slow courier", "gift wrap"]);
    // 200 comments: 2% is 4, so a phrase in 3 of them is not yet a theme, in 4 it is.
    const filler = Array.from({ length: 196 }, (_, i) => `Comment number ${i}.`);
    const gift = ["Gift wrap torn.", "Gift wrap missing.", "No gift wrap.", "Gift wrap late."];
    expect(phrases(extractThemes([...filler, "Other.", ...gift.slice(0, 3)]))).not.toContain("gift wrap");
    expect(phrases(extractThemes([...filler, ...gift]))).toContain("gift wrap");
  });

  it("folds plurals but shows the words customers used most", () => {
    const t = extractThemes(["Prices too high.", "Prices went up.", "The price is steep.", "Prices, prices."]);
    expect(t).toContainEqual({ phrase: "prices", count: 4, share: 1 });
  });

  it("honours limit and handles no comments", () => {
    expect(extractThemes(comments, { limit: 3 })).toEqual(themes.slice(0, 3));
    expect(extractThemes(comments, { limit: 0 })).toEqual([]);
    expect(extractThemes([])).toEqual([]);
  });

  it("handles 5,000 comments (smoke, not timed)", () => {
    const big = corpus(5_000).map((c, i) => (i % 7 === 0 ? `${c} The courier was rude. Order #${i}` : c));
    const t = extractThemes(big);
    expect(phrases(t)).toEqual(expect.arrayContaining(["customer service", "quality"]));
  });
});

describe("themesIn", () => {
  it("lists the themes a comment contains, in the order given", () => {
    const given = [theme("delivery"), theme("customer service"), theme("quality")];
    expect(themesIn("Customer service was rude and my DELIVERY was late.", given)).toEqual(["delivery", "customer service"]);
    expect(themesIn("Nothing to report.", given)).toEqual([]);
  });

  it("matches whole words in sequence, with the same plural folding as extraction", () => {
    expect(themesIn("Prices have gone up.", [theme("price")])).toEqual(["price"]);
    expect(themesIn("The apple was bruised.", [theme("app")])).toEqual([]);
    expect(themesIn("Service from the customer team", [theme("customer service")])).toEqual([]);
  });

  it("finds each extracted theme in exactly the comments it was counted in", () => {
    const comments = corpus(350);
    for (const t of extractThemes(comments, { limit: 50 })) {
      expect([t.phrase, comments.filter((c) => themesIn(c, [t]).length > 0).length]).toEqual([t.phrase, t.count]);
    }
  });
});

describe("robustness", () => {
  const nasty = [
    "",
    "   ",
    "\u0000\u0000late\u0000",
    "😀😀😀 🙃 👨‍👩‍👧",
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "<".repeat(5_000),
    "&#xFFFFFFF; &#0; &bogus; &#55296;",
    "\uD800 lone surrogate \uDC00",
    "x".repeat(100_000),
    "late slow rude ".repeat(10_000),
    "Çok kötü teslimat. 配送が遅い。 Доставка ужасная.",
  ];

  it("never throws on empty, HTML, emoji, NUL or very long comments", () => {
    for (const c of nasty) {
      expect(() => tokenize(c)).not.toThrow();
      const s = sentimentOf(c);
      expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
      expect(() => themesIn(c, [theme("late"), theme("")])).not.toThrow();
    }
    expect(() => extractThemes(nasty)).not.toThrow();
    expect(sentimentOf("\u0000\u0000late\u0000").label).toBe("negative");
  });

  it("tolerates missing comments from a nullable column", () => {
    const withNulls = [null, undefined, "Slow courier.", "Slow courier.", "Slow courier."] as unknown as string[];
    expect(phrases(extractThemes(withNulls))).toEqual(["slow courier"]);
    expect(sentimentOf(null as unknown as string)).toEqual({ label: "neutral", score: 0 });
  });
});
