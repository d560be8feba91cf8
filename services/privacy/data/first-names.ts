// Common first names among people living in Sweden, of many origins, for the name
// warning. Spelled as usually transliterated in Swedish registers; matched
// case-sensitively, capitalised.
//
// Deliberately left out: names that are mostly something else in case notes (months:
// Maj, April, Juni; municipalities: Mark, Vara, Ale; "Una" as in Una Norrbotten; Alla,
// Lo, Gul, Can). Names that are everyday Swedish words are in AMBIGUOUS_NAMES below.

const SWEDISH_AND_NORDIC = `
Agnes Alice Alma Alva Amanda Anna Annika Astrid Birgitta Camilla Caroline Cecilia
Charlotte Ebba Edith Elin Elisabeth Ella Ellen Ellie Elsa Elvira Emelie Emilia Emma
Ester Eva Felicia Freja Frida Greta Gunilla Hanna Hedda Helena Hilda Ida Ines Inger
Ingela Ingrid Isabelle Jenny Jessica Johanna Josefin Julia Karin Kerstin Klara Kristina
Lena Linda Linn Linnea Lisa Liv Louise Lova Lovisa Madeleine Maja Majken Malin
Margareta Maria Marie Matilda Mikaela Mimmi Mira Moa Monica Märta Nathalie Nellie Nora
Nova Olivia Pernilla Petra Rebecka Ronja Saga Sandra Sanna Sara Selma Signe Siri Sofia
Sofie Stella Susanne Thea Therese Tilda Tove Tyra Ulla Vera Vilma Wilma Ylva Åsa
Adam Albin Alexander Alvin Anders Andreas Anton Arne Arvid August Axel Benjamin Bengt
Björn Bo Carl Casper Charlie Christoffer Dag Daniel David Ebbe Edvin Einar Elias Elton
Emil Erik Filip Folke Fredrik Gunnar Gustav Göran Hampus Hans Harry Henrik Hugo Isak
Ivar Jack Jacob Jakob Jan Joakim Johan Jonas Jonathan Josef Karl Kevin Kjell Knut
Kristoffer Lars Leif Lennart Leo Leon Liam Linus Loke Lucas Ludvig Magnus Marcus
Markus Martin Mats Mattias Max Melker Melvin Mikael Milo Måns Niklas Nils Noah Noel
Olle Olof Oscar Oskar Otto Patrik Per Peter Pontus Rasmus Robin Rolf Sam Sebastian
Simon Sigge Sixten Stefan Sten Stig Sven Tage Theo Thomas Tim Tobias Tore Ulf Valter
Vidar Viktor Vincent Wilhelm William Åke`;

const ARABIC = `
Abdullah Adel Ahmad Ahmed Ali Amir Ammar Anas Bilal Fadi Firas Ghaith Hadi Hamza Hassan
Hussein Ibrahim Jamal Karam Karim Khaled Khalid Laith Mahmoud Majd Mazen Mohamed
Mohammad Mohammed Mohanad Muhammad Mustafa Nabil Nasser Omar Osama Rami Saleh Salim
Samir Taha Tarek Walid Yamen Yazan Youssef Yousef Yusuf Zaid Zakaria
Aisha Alaa Amal Amira Asma Aya Bayan Batoul Dima Dina Doaa Fatima Ghina Hala Hanan Haya Heba
Hiba Huda Israa Jana Joudi Judy Lama Lana Layla Leila Lina Malak Manar Mariam Marwa
Maryam Nada Nawal Nisreen Noor Nour Raghad Rahaf Rama Rania Rasha Razan Reem Rima Ruba
Safa Salma Samar Sana Shaima Sidra Suha Tala Yasmin Zainab Zeinab`;

const SOMALI = `
Abdi Abdirahman Abdirizak Abdullahi Guled Hamdi Ismail Liban Mahad Mohamud
Anab Asha Ayaan Bilan Deeqa Fadumo Filsan Halima Hawa Hibo Hodan Idil Ifrah Ikran Ilhan
Khadra Ladan Leyla Najma Nimco Sagal Sahra Samira Sucaad Ubah`;

const KURDISH = `
Aras Awat Azad Baran Bryar Dana Dilovan Diyar Hawre Hozan Karwan Kawa Ranj Rebin Rezan
Sherko Shvan Soran Zana
Avin Berfin Delal Dilan Helin Hevin Jiyan Nazdar Rojda Rojin Rozhin Shler Shno Viyan
Zhila Rawand`;

const PERSIAN_AND_AFGHAN = `
Arash Arman Aryan Babak Behnam Dara Dariush Farhad Farid Hamid Hossein Jawad Kian
Kourosh Mehdi Mujtaba Murtaza Navid Nima Omid Payam Pouya Ramin Reza Saeed Sajjad
Siavash Sina Wahid Zahir Abbas
Azadeh Bahar Elham Farzana Fatemeh Fereshta Freshta Golnar Khadija Mahsa Marzia
Mina Mojgan Mursal Nasrin Nazanin Neda Negar Niloufar Parisa Parvin Roya Sahar Sakina
Setareh Shabnam Shahla Shirin Sodaba Tara Yasaman Zahra Zakia`;

const TURKISH = `
Arda Baris Batuhan Berk Burak Cem Efe Ege Emir Emre Erdem Hakan Kaan Kemal Mehmet Mert
Murat Onur Orhan Osman Recep Serkan Sinan Tolga Umut Volkan Yunus Ömer Hüseyin
Ayse Ayşe Beyza Büşra Derya Deniz Dilara Ece Eda Elif Emine Esra Fatma Gizem Hatice
Irem Ilayda Melek Merve Meryem Selin Sevgi Sude Tuba Yasemin Zeynep`;

const BOSNIAN_AND_BALKAN = `
Adnan Almir Armin Dejan Dino Dragan Edin Goran Haris Harun Kenan Milan Mirza Nedim
Nermin Nikola Sead Senad Tarik Zoran Dženan Dzenan
Ajla Amila Amina Amra Azra Elma Emina Ena Hana Jasmina Jelena Lamija Lejla Marija Merima
Mirela Naida Sanela Sanja Senada Vesna`;

const TIGRINYA_AND_ETHIOPIAN = `
Abrham Aron Awet Biniam Bereket Dawit Efrem Ermias Habtom Kibrom Kidane Merhawi Mussie
Nahom Natnael Robel Samuel Tesfalem Tesfay Yohannes Yonas Filmon
Abeba Almaz Ariam Aster Eden Feven Genet Haben Helen Hiwet Luwam Mebrat Mekdes Mihret
Rahel Saron Selam Semhar Senait Tigist Tsion Winta Yordanos`;

const OTHER_ORIGINS = `
Agnieszka Jakub Joanna Kacper Katarzyna Magdalena Michał Olga Oksana Natalia Piotr
Tomasz Gabriel Sargon Ninos Shamiram Ashur Ramina Michael Jasmine Michelle`;

const words = (block: string) => block.split(/\s+/).filter((w) => w.length > 0);

export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...words(SWEDISH_AND_NORDIC),
  ...words(ARABIC),
  ...words(SOMALI),
  ...words(KURDISH),
  ...words(PERSIAN_AND_AFGHAN),
  ...words(TURKISH),
  ...words(BOSNIAN_AND_BALKAN),
  ...words(TIGRINYA_AND_ETHIOPIAN),
  ...words(OTHER_ORIGINS),
]);

/**
 * Names whose lower-case form is an everyday Swedish word ("Hans mamma", "Mina
 * kollegor", "Klara besked"). At the start of a sentence the capital says nothing, so
 * these warn only when capitalised mid-sentence.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  words(`
Adel Axel Bilan Bo Björn Dag Dina Eda Ena Hakan Hala Hans Jan Karl Klara Knut Ladan
Lama Lina Lisa Liv Lova Max Mina Nora Per Rama Saga Sam Sanna Selam Sina Sten Stig
Tala Tim Tuba`),
);
