// Small hand-written word lists for the demo data: no faker, no network.

export interface Country {
  code: string;
  name: string;
  weight: number;
  currency: string;
  /** Local currency units per US dollar, rounded: prices and spend thresholds scale by it. */
  fx: number;
  language: string;
  names: "en" | "de" | "fr" | "nl";
  orgSuffix: string;
}

export interface City {
  country: string;
  name: string;
  region: string;
  timeZone: string;
  /** Postal code stem; see `postalCode` in the generator. */
  postal: string;
  /** Telephone area / mobile prefix used for numbers in this city. */
  area: string;
}

export const COUNTRIES: Country[] = [
  { code: "US", name: "United States", weight: 52, currency: "USD", fx: 1, language: "en", names: "en", orgSuffix: "Inc." },
  { code: "GB", name: "United Kingdom", weight: 12, currency: "GBP", fx: 0.8, language: "en", names: "en", orgSuffix: "Ltd" },
  { code: "CA", name: "Canada", weight: 9, currency: "CAD", fx: 1.35, language: "en", names: "en", orgSuffix: "Inc." },
  { code: "DE", name: "Germany", weight: 8, currency: "EUR", fx: 0.92, language: "de", names: "de", orgSuffix: "GmbH" },
  { code: "FR", name: "France", weight: 6, currency: "EUR", fx: 0.92, language: "fr", names: "fr", orgSuffix: "SARL" },
  { code: "NL", name: "Netherlands", weight: 4, currency: "EUR", fx: 0.92, language: "nl", names: "nl", orgSuffix: "B.V." },
  { code: "AU", name: "Australia", weight: 5, currency: "AUD", fx: 1.5, language: "en", names: "en", orgSuffix: "Pty Ltd" },
  { code: "IE", name: "Ireland", weight: 4, currency: "EUR", fx: 0.92, language: "en", names: "en", orgSuffix: "Ltd" },
];

export const CITIES: City[] = [
  { country: "US", name: "New York", region: "NY", timeZone: "America/New_York", postal: "100", area: "212" },
  { country: "US", name: "Brooklyn", region: "NY", timeZone: "America/New_York", postal: "112", area: "718" },
  { country: "US", name: "Boston", region: "MA", timeZone: "America/New_York", postal: "021", area: "617" },
  { country: "US", name: "Philadelphia", region: "PA", timeZone: "America/New_York", postal: "191", area: "215" },
  { country: "US", name: "Atlanta", region: "GA", timeZone: "America/New_York", postal: "303", area: "404" },
  { country: "US", name: "Miami", region: "FL", timeZone: "America/New_York", postal: "331", area: "305" },
  { country: "US", name: "Chicago", region: "IL", timeZone: "America/Chicago", postal: "606", area: "312" },
  { country: "US", name: "Houston", region: "TX", timeZone: "America/Chicago", postal: "770", area: "713" },
  { country: "US", name: "Austin", region: "TX", timeZone: "America/Chicago", postal: "787", area: "512" },
  { country: "US", name: "Minneapolis", region: "MN", timeZone: "America/Chicago", postal: "554", area: "612" },
  { country: "US", name: "Denver", region: "CO", timeZone: "America/Denver", postal: "802", area: "303" },
  { country: "US", name: "Phoenix", region: "AZ", timeZone: "America/Phoenix", postal: "850", area: "602" },
  { country: "US", name: "Los Angeles", region: "CA", timeZone: "America/Los_Angeles", postal: "900", area: "213" },
  { country: "US", name: "San Francisco", region: "CA", timeZone: "America/Los_Angeles", postal: "941", area: "415" },
  { country: "US", name: "San Diego", region: "CA", timeZone: "America/Los_Angeles", postal: "921", area: "619" },
  { country: "US", name: "Seattle", region: "WA", timeZone: "America/Los_Angeles", postal: "981", area: "206" },
  { country: "US", name: "Portland", region: "OR", timeZone: "America/Los_Angeles", postal: "972", area: "503" },
  { country: "GB", name: "London", region: "England", timeZone: "Europe/London", postal: "SW1|E1|N1|SE1|W2|NW3", area: "7700" },
  { country: "GB", name: "Manchester", region: "England", timeZone: "Europe/London", postal: "M1|M4|M20", area: "7711" },
  { country: "GB", name: "Birmingham", region: "England", timeZone: "Europe/London", postal: "B1|B15", area: "7722" },
  { country: "GB", name: "Bristol", region: "England", timeZone: "Europe/London", postal: "BS1|BS8", area: "7733" },
  { country: "GB", name: "Leeds", region: "England", timeZone: "Europe/London", postal: "LS1|LS6", area: "7744" },
  { country: "GB", name: "Edinburgh", region: "Scotland", timeZone: "Europe/London", postal: "EH1|EH3", area: "7755" },
  { country: "GB", name: "Glasgow", region: "Scotland", timeZone: "Europe/London", postal: "G1|G12", area: "7766" },
  { country: "CA", name: "Toronto", region: "ON", timeZone: "America/Toronto", postal: "M5V|M4C|M6K", area: "416" },
  { country: "CA", name: "Ottawa", region: "ON", timeZone: "America/Toronto", postal: "K1P|K2A", area: "613" },
  { country: "CA", name: "Montréal", region: "QC", timeZone: "America/Toronto", postal: "H2X|H3B", area: "514" },
  { country: "CA", name: "Vancouver", region: "BC", timeZone: "America/Vancouver", postal: "V6B|V5K", area: "604" },
  { country: "CA", name: "Calgary", region: "AB", timeZone: "America/Edmonton", postal: "T2P|T3A", area: "403" },
  { country: "DE", name: "Berlin", region: "Berlin", timeZone: "Europe/Berlin", postal: "10", area: "151" },
  { country: "DE", name: "Hamburg", region: "Hamburg", timeZone: "Europe/Berlin", postal: "20", area: "160" },
  { country: "DE", name: "München", region: "Bayern", timeZone: "Europe/Berlin", postal: "80", area: "170" },
  { country: "DE", name: "Köln", region: "Nordrhein-Westfalen", timeZone: "Europe/Berlin", postal: "50", area: "176" },
  { country: "DE", name: "Frankfurt am Main", region: "Hessen", timeZone: "Europe/Berlin", postal: "60", area: "157" },
  { country: "FR", name: "Paris", region: "Île-de-France", timeZone: "Europe/Paris", postal: "750", area: "6" },
  { country: "FR", name: "Lyon", region: "Auvergne-Rhône-Alpes", timeZone: "Europe/Paris", postal: "690", area: "6" },
  { country: "FR", name: "Marseille", region: "Provence-Alpes-Côte d'Azur", timeZone: "Europe/Paris", postal: "130", area: "7" },
  { country: "FR", name: "Toulouse", region: "Occitanie", timeZone: "Europe/Paris", postal: "310", area: "6" },
  { country: "FR", name: "Bordeaux", region: "Nouvelle-Aquitaine", timeZone: "Europe/Paris", postal: "330", area: "7" },
  { country: "NL", name: "Amsterdam", region: "Noord-Holland", timeZone: "Europe/Amsterdam", postal: "10", area: "6" },
  { country: "NL", name: "Rotterdam", region: "Zuid-Holland", timeZone: "Europe/Amsterdam", postal: "30", area: "6" },
  { country: "NL", name: "Utrecht", region: "Utrecht", timeZone: "Europe/Amsterdam", postal: "35", area: "6" },
  { country: "AU", name: "Sydney", region: "NSW", timeZone: "Australia/Sydney", postal: "20", area: "4" },
  { country: "AU", name: "Melbourne", region: "VIC", timeZone: "Australia/Melbourne", postal: "30", area: "4" },
  { country: "AU", name: "Brisbane", region: "QLD", timeZone: "Australia/Brisbane", postal: "40", area: "4" },
  { country: "AU", name: "Perth", region: "WA", timeZone: "Australia/Perth", postal: "60", area: "4" },
  { country: "IE", name: "Dublin", region: "Leinster", timeZone: "Europe/Dublin", postal: "D02|D04|D06|D08", area: "87" },
  { country: "IE", name: "Cork", region: "Munster", timeZone: "Europe/Dublin", postal: "T12|T23", area: "86" },
  { country: "IE", name: "Galway", region: "Connacht", timeZone: "Europe/Dublin", postal: "H91", area: "85" },
];

export const GIVEN: Record<Country["names"], { female: string[]; male: string[] }> = {
  en: {
    female: [
      "Olivia", "Emma", "Ava", "Sophia", "Isabella", "Mia", "Charlotte", "Amelia", "Harper", "Evelyn", "Abigail", "Emily",
      "Ella", "Grace", "Chloe", "Zoe", "Hannah", "Lily", "Nora", "Riley", "Aaliyah", "Maya", "Priya", "Aisha", "Mei",
      "Sofia", "Lucia", "Fatima", "Naomi", "Ruth", "Claire", "Megan", "Rachel", "Laura", "Jessica", "Sarah", "Kate",
      "Siobhan", "Aoife", "Niamh",
    ],
    male: [
      "Liam", "Noah", "Oliver", "Elijah", "James", "William", "Benjamin", "Lucas", "Henry", "Theodore", "Jack", "Leo",
      "Mason", "Ethan", "Daniel", "Samuel", "David", "Joseph", "Michael", "Robert", "Thomas", "Andrew", "Ryan",
      "Arjun", "Omar", "Wei", "Carlos", "Mateo", "Kwame", "Tunde", "Hiro", "Connor", "Sean", "Patrick", "George",
      "Harry", "Oscar", "Charlie", "Alfie", "Callum",
    ],
  },
  de: {
    female: ["Anna", "Lena", "Hannah", "Marie", "Lea", "Sophie", "Laura", "Julia", "Katharina", "Johanna", "Clara", "Greta", "Ida", "Frieda", "Paula", "Sabine", "Petra", "Ursula", "Monika", "Nina"],
    male: ["Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Elias", "Ben", "Noah", "Moritz", "Tobias", "Stefan", "Jürgen", "Klaus", "Matthias", "Florian", "Sebastian", "Andreas", "Uwe"],
  },
  fr: {
    female: ["Camille", "Léa", "Manon", "Chloé", "Inès", "Jade", "Louise", "Emma", "Alice", "Juliette", "Zoé", "Margaux", "Élise", "Céline", "Nathalie", "Sophie", "Amélie", "Claire", "Anaïs", "Mathilde"],
    male: ["Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Raphaël", "Théo", "Nathan", "Antoine", "Julien", "Thomas", "Nicolas", "Pierre", "Mathieu", "Olivier", "Baptiste", "Clément", "Maxime", "Yanis"],
  },
  nl: {
    female: ["Emma", "Julia", "Sophie", "Tess", "Fenna", "Sanne", "Lotte", "Eva", "Anouk", "Noor", "Femke", "Iris", "Lieke", "Maud", "Roos"],
    male: ["Daan", "Sem", "Lucas", "Levi", "Bram", "Thijs", "Jesse", "Ruben", "Lars", "Milan", "Sven", "Joost", "Pieter", "Wouter", "Koen"],
  },
};

export const FAMILY: Record<Country["names"], string[]> = {
  en: [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
    "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
    "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
    "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
    "Roberts", "Patel", "Shah", "Khan", "Chen", "Wang", "Kim", "Park", "Singh", "Okafor", "Mensah", "Murphy",
    "O'Brien", "Kelly", "Byrne", "Walsh", "Evans", "Hughes", "Edwards", "Morgan", "Cooper", "Reid", "Fraser",
    "MacDonald", "Stewart", "Turner", "Phillips", "Parker", "Collins", "Bennett", "Wood", "Gray", "Price", "Foster",
    "Ward",
  ],
  de: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Bauer", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Keller", "Vogel"],
  fr: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez"],
  nl: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"],
};

export const NICKNAMES: Record<string, string> = {
  William: "Bill", Robert: "Bob", Michael: "Mike", Thomas: "Tom", Benjamin: "Ben", Daniel: "Dan", Samuel: "Sam",
  Joseph: "Joe", Andrew: "Andy", Elizabeth: "Liz", Jessica: "Jess", Katharina: "Kathi", Matthias: "Matze",
  Maximilian: "Max", Alexander: "Alex", Nicolas: "Nico", Margaux: "Margot", Isabella: "Bella", Abigail: "Abby",
  Charlotte: "Lottie", Rachel: "Rach", Stefan: "Steffen", Theodore: "Theo", Oliver: "Ollie", Patrick: "Pat",
};

export const STREETS = [
  "Maple", "Oak", "Cedar", "Elm", "Pine", "Willow", "Birch", "Lake", "Hill", "Park", "River", "Station", "Church",
  "Mill", "Bridge", "Market", "Spring", "Garden", "Highland", "Sunset", "Harbor", "Meadow", "Forest", "Orchard",
  "King", "Queen", "Victoria", "Albert", "Grove", "Union",
];
export const STREET_TYPES: Record<string, string[]> = {
  US: ["Street", "Avenue", "Road", "Boulevard", "Lane", "Drive", "Court", "St.", "Ave."],
  CA: ["Street", "Avenue", "Road", "Crescent", "Drive"],
  AU: ["Street", "Road", "Parade", "Avenue", "Terrace"],
  GB: ["Road", "Street", "Lane", "Close", "Gardens", "Terrace", "Way"],
  IE: ["Road", "Street", "Avenue", "Park", "Terrace"],
};
export const STREETS_DE = ["Haupt", "Schul", "Garten", "Bahnhof", "Dorf", "Berg", "Linden", "Wald", "Kirch", "Ring", "Mühlen", "Rosen"];
export const STREETS_FR = ["de la République", "Victor Hugo", "des Lilas", "Jean Jaurès", "du Moulin", "Pasteur", "de la Gare", "des Écoles", "Gambetta", "de Verdun"];
export const STREETS_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Prinsengracht", "Keizersgracht", "Nieuwstraat", "Julianalaan", "Beatrixlaan"];

export const ORG_PREFIX = [
  "Northwind", "Bluebird", "Harborview", "Summit", "Cedar Grove", "Ironbridge", "Lakeside", "Brightwater", "Redwood",
  "Silverline", "Granite", "Meadowlark", "Copperfield", "Evergreen", "Falcon", "Juniper", "Keystone", "Lighthouse",
  "Maplewood", "Oakridge", "Pinecrest", "Riverbend", "Stonegate", "Sunrise", "Tidewater", "Westfield", "Whitestone",
  "Windmill", "Aurora", "Beacon", "Crescent", "Driftwood", "Ember", "Fieldstone", "Goldleaf", "Horizon",
];
export const ORG_NOUN = [
  "Logistics", "Studios", "Foods", "Consulting", "Dental", "Architects", "Hotels", "Outfitters", "Labs", "Bakery",
  "Fitness", "Interiors", "Software", "Health", "Media", "Engineering", "Coffee Roasters", "Veterinary Clinic",
  "Property Group", "Events", "Print Works", "Florists", "Legal", "Accounting", "Cleaning Services", "Motors",
  "Brewing Co.", "Design", "Academy", "Catering",
];
export const INDUSTRIES = [
  "Retail", "Hospitality", "Professional services", "Healthcare", "Technology", "Construction", "Manufacturing",
  "Education", "Media", "Transport & logistics", "Food & beverage", "Real estate",
];

/** Product catalogue: category, price range in US cents, brands and item names. */
export const CATALOGUE: { category: string; code: string; min: number; max: number; brands: string[]; items: string[] }[] = [
  {
    category: "apparel", code: "APP", min: 1900, max: 18900, brands: ["Northline", "Fable & Fern", "Kestrel"],
    items: ["Merino Crew Sweater", "Linen Shirt", "Rain Jacket", "Denim Jacket", "Chino Trousers", "Wool Scarf", "Organic Cotton Tee", "Puffer Vest", "Hooded Sweatshirt", "Pleated Skirt", "Cashmere Beanie", "Oxford Shirt", "Quilted Coat", "Running Shorts", "Leather Belt"],
  },
  {
    category: "footwear", code: "FTW", min: 4900, max: 22900, brands: ["Stride", "Kestrel", "Trailmark"],
    items: ["Leather Chelsea Boot", "Canvas Sneaker", "Trail Running Shoe", "Suede Loafer", "Wool Slipper", "Hiking Boot", "Court Sneaker", "Ankle Boot", "Sandal", "Rain Boot", "Derby Shoe", "Slip-on Sneaker", "Walking Shoe", "Ballet Flat", "Winter Boot"],
  },
  {
    category: "home", code: "HOM", min: 1500, max: 49900, brands: ["Hearth & Loom", "Nordvik", "Casa Lume"],
    items: ["Linen Duvet Cover", "Wool Throw", "Ceramic Table Lamp", "Oak Side Table", "Velvet Cushion", "Jute Rug", "Blackout Curtains", "Bath Towel Set", "Scented Candle", "Wall Mirror", "Storage Basket", "Floor Lamp", "Picture Frame Set", "Down Pillow", "Bookshelf"],
  },
  {
    category: "kitchen", code: "KIT", min: 900, max: 39900, brands: ["Copperpot", "Nordvik", "Brasa"],
    items: ["Cast Iron Skillet", "Chef's Knife", "Pour-over Coffee Set", "Stand Mixer", "Stoneware Dinner Set", "Espresso Machine", "Dutch Oven", "Bamboo Cutting Board", "Glass Storage Jars", "Electric Kettle", "Non-stick Pan Set", "Knife Block", "Salad Bowl", "Toaster", "Water Filter Jug"],
  },
  {
    category: "electronics", code: "ELE", min: 1900, max: 89900, brands: ["Voltaic", "Pulse", "Lumen"],
    items: ["Wireless Earbuds", "Bluetooth Speaker", "Smart Watch", "Noise-cancelling Headphones", "Portable Charger", "E-reader", "Action Camera", "Smart Thermostat", "Tablet 10-inch", "Mechanical Keyboard", "Wireless Mouse", "USB-C Hub", "Smart Bulb Kit", "Fitness Tracker", "Webcam HD"],
  },
  {
    category: "beauty", code: "BEA", min: 800, max: 9900, brands: ["Bloom & Co", "Aster", "Pure Ritual"],
    items: ["Vitamin C Serum", "Hydrating Face Cream", "Mineral Sunscreen", "Shampoo Bar", "Lip Balm Trio", "Eau de Parfum", "Body Lotion", "Clay Mask", "Hair Oil", "Night Cream", "Hand Cream", "Cleansing Balm", "Eye Cream", "Bath Salts", "Beard Oil"],
  },
  {
    category: "outdoor", code: "OUT", min: 1500, max: 59900, brands: ["Trailmark", "Summit Gear", "Kestrel"],
    items: ["Two-person Tent", "Down Sleeping Bag", "Trekking Poles", "Daypack 25L", "Insulated Bottle", "Camping Stove", "Headlamp", "Rain Poncho", "Folding Chair", "Hammock", "Cooler Box", "Compass", "Merino Base Layer", "Fleece Jacket", "Bike Lights"],
  },
  {
    category: "kids", code: "KID", min: 900, max: 14900, brands: ["Little Acorn", "Playwell", "Fable & Fern"],
    items: ["Wooden Train Set", "Picture Book Bundle", "Kids' Raincoat", "Building Blocks", "Plush Bear", "Balance Bike", "Art Supplies Kit", "Puzzle 100 pieces", "Kids' Backpack", "Board Game", "Swim Set", "Night Light", "Kids' Sneakers", "Scooter", "Dress-up Costume"],
  },
];

export const SEARCH_TERMS = [
  "winter boots", "linen shirt", "gift ideas", "espresso machine", "kids raincoat", "sale", "wireless earbuds",
  "duvet cover", "tent", "sunscreen", "merino", "return policy", "store hours", "gift card", "delivery times",
];

export const DEVICES: Record<"web" | "ios" | "android", string[]> = {
  web: ["Chrome on Windows", "Safari on macOS", "Edge on Windows", "Firefox on Linux", "Chrome on Android", "Safari on iPhone", "Chrome on macOS"],
  ios: ["iPhone 15 / iOS 17", "iPhone 13 / iOS 17", "iPhone 16 / iOS 18", "iPad Air / iPadOS 17"],
  android: ["Pixel 8 / Android 14", "Galaxy S23 / Android 14", "Galaxy A54 / Android 13", "OnePlus 12 / Android 14"],
};

export const EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example", "post.example"];

export const CARRIERS = ["ParcelNow", "SwiftShip", "GreenPost", "RapidRoute"];
