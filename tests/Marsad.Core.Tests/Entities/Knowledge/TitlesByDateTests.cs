using System.Globalization;
using Marsad.Core.Entities;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// A title with a state's nisba and no name names the holder of that office on the article's date, in every
/// region of the knowledge base's scope; where nobody held it (a vacancy) or several did (China's spokespersons),
/// the mention keeps the state and names no one. The sentences are ours.
/// </summary>
public sealed class TitlesByDateTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.Default;

    [Theory]
    // Egypt before, during and after the transition.
    [InlineData("استقبل الرئيس المصري وفدا من رجال الأعمال في القاهرة.", "2005-03-01", "الرئيس المصري", "Hosni Mubarak")]
    [InlineData("استقبل الرئيس المصري وفدا من رجال الأعمال في القاهرة.", "2012-10-01", "الرئيس المصري", "Mohamed Morsi")]
    [InlineData("استقبل الرئيس المصري وفدا من رجال الأعمال في القاهرة.", "2015-05-01", "الرئيس المصري", "Abdel Fattah el-Sisi")]
    // The United States: the same title, a woman's and a man's term.
    [InlineData("قالت وزيرة الخارجية الأمريكية إن المحادثات ستستأنف الأسبوع المقبل.", "2010-03-01", "وزيرة الخارجية الأمريكية", "Hillary Clinton")]
    [InlineData("قال وزير الخارجية الأميركي إن المحادثات ستستأنف الأسبوع المقبل.", "2014-03-01", "وزير الخارجية الأميركي", "John Kerry")]
    // Heads of government of Iraq, Tunisia, Algeria, Kuwait, Morocco, Somalia.
    [InlineData("دعا رئيس الوزراء العراقي إلى حوار وطني شامل.", "2010-03-01", "رئيس الوزراء العراقي", "Nouri al-Maliki")]
    [InlineData("دعا رئيس الوزراء العراقي إلى حوار وطني شامل.", "2016-03-01", "رئيس الوزراء العراقي", "Haider al-Abadi")]
    [InlineData("أعلن رئيس الحكومة التونسي تعديلا وزاريا جزئيا.", "2017-11-01", "رئيس الحكومة التونسي", "Youssef Chahed")]
    [InlineData("زار رئيس الوزراء الجزائري ولاية وهران أمس.", "2013-05-01", "رئيس الوزراء الجزائري", "Abdelmalek Sellal")]
    [InlineData("ترأس رئيس الوزراء الكويتي اجتماع مجلس الوزراء.", "2015-02-01", "رئيس الوزراء الكويتي", "Jaber Al-Mubarak Al-Hamad Al-Sabah")]
    [InlineData("افتتح رئيس الوزراء المغربي المعرض الدولي.", "2005-04-01", "رئيس الوزراء المغربي", "Driss Jettou")]
    [InlineData("التقى رئيس الوزراء الصومالي شيوخ العشائر في مقديشو.", "2018-04-01", "رئيس الوزراء الصومالي", "Hassan Ali Khaire")]
    // Heads of state of Mauritania, Somalia, Libya after 2011.
    [InlineData("وصل الرئيس الموريتاني إلى العاصمة في زيارة رسمية.", "2015-04-01", "الرئيس الموريتاني", "Mohamed Ould Abdel Aziz")]
    [InlineData("وصل الرئيس الصومالي إلى العاصمة في زيارة رسمية.", "2019-04-01", "الرئيس الصومالي", "Mohamed Abdullahi Farmaajo")]
    [InlineData("وصل الرئيس الليبي إلى العاصمة في زيارة رسمية.", "2013-01-15", "الرئيس الليبي", "Mohammed Magariaf")]
    // Foreign and defence ministers across the region and the permanent members.
    [InlineData("بحث وزير الخارجية اللبناني مع نظيره سبل التعاون.", "2010-06-01", "وزير الخارجية اللبناني", "Ali Shami")]
    [InlineData("بحث وزير الخارجية اليمني مع نظيره سبل التعاون.", "2008-06-01", "وزير الخارجية اليمني", "Abu Bakr al-Qirbi")]
    [InlineData("بحث وزير الخارجية البحريني مع نظيره سبل التعاون.", "2012-06-01", "وزير الخارجية البحريني", "Khalid bin Ahmed Al Khalifa")]
    [InlineData("بحث وزير الخارجية التونسي مع نظيره سبل التعاون.", "2017-06-01", "وزير الخارجية التونسي", "Khemaies Jhinaoui")]
    [InlineData("أكد وزير الدفاع البريطاني أن القوات ستبقى في المنطقة.", "2020-06-01", "وزير الدفاع البريطاني", "Ben Wallace")]
    [InlineData("أكد وزير الدفاع الفرنسي أن القوات ستبقى في المنطقة.", "2019-06-01", "وزير الدفاع الفرنسي", "Florence Parly")]
    [InlineData("أكد وزير الدفاع الصيني أن القوات ستبقى في المنطقة.", "2019-06-01", "وزير الدفاع الصيني", "Wei Fenghe")]
    [InlineData("أكد وزير الدفاع التركي أن القوات ستبقى في المنطقة.", "2012-06-01", "وزير الدفاع التركي", "İsmet Yılmaz")]
    [InlineData("أكد وزير الدفاع اللبناني أن الجيش سيبقى في الجنوب.", "2008-06-01", "وزير الدفاع اللبناني", "Elias Murr")]
    [InlineData("أكد وزير الدفاع العراقي أن الجيش سيبقى في المدينة.", "2021-06-01", "وزير الدفاع العراقي", "Juma Inad")]
    // Offices filled in session 17: Kuwait's and Yemen's defence ministers, Libya's, Yemen's and Mauritania's foreign ministers.
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2015-06-01", "وزير الدفاع الكويتي", "Khaled Al-Jarrah Al-Sabah")]
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2021-06-01", "وزير الدفاع الكويتي", "Hamad Jaber Al-Ali Al-Sabah")]
    [InlineData("أكد وزير الدفاع اليمني أن الجيش سيحرر المدينة.", "2003-06-01", "وزير الدفاع اليمني", "Abdullah Ali Aleiwa")]
    [InlineData("أكد وزير الدفاع السوداني أن الجيش سيحرر المدينة.", "2023-06-01", "وزير الدفاع السوداني", "Yassin Ibrahim Yassin")]
    [InlineData("أكد وزير الدفاع اليمني أن الجيش سيحرر المدينة.", "2020-06-01", "وزير الدفاع اليمني", "Mohammed Ali al-Maqdashi")]
    [InlineData("بحث وزير الخارجية السوداني مع نظيره سبل التعاون.", "2023-06-01", "وزير الخارجية السوداني", "Ali al-Sadiq Ali")]
    [InlineData("بحث وزير الخارجية السوداني مع نظيره سبل التعاون.", "2025-10-01", "وزير الخارجية السوداني", "Mohieldin Salem")]
    [InlineData("بحث وزير الخارجية الليبي مع نظيره سبل التعاون.", "2015-06-01", "وزير الخارجية الليبي", "Mohamed al-Dairi")]
    [InlineData("بحث وزير الخارجية اليمني مع نظيره سبل التعاون.", "2015-01-10", "وزير الخارجية اليمني", "Abdullah al-Saidi")]
    [InlineData("بحث وزير الخارجية اليمني مع نظيره سبل التعاون.", "2015-07-01", "وزير الخارجية اليمني", "Riad Yassin")]
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2012-01-10", "وزير الدفاع الكويتي", "Ahmad Al-Humoud Al-Jaber Al-Sabah")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2022-06-01", "وزير الخارجية الموريتاني", "Mohamed Salem Ould Merzoug")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2017-06-01", "وزير الخارجية الموريتاني", "Isselkou Ould Ahmed Izid Bih")]
    // Offices filled in session 18: Kuwait's defence ministers from October 2022, Bahrain's.
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2022-12-01", "وزير الدفاع الكويتي", "Abdullah Ali Abdullah Al-Salem Al-Sabah")]
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2023-09-01", "وزير الدفاع الكويتي", "Ahmad Al-Fahad Al-Ahmad Al-Sabah")]
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2024-06-01", "وزير الدفاع الكويتي", "Fahad Yousef Saud Al-Sabah")]
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2025-06-01", "وزير الدفاع الكويتي", "Abdullah Ali Abdullah Al-Salem Al-Sabah")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2005-06-01", "وزير الدفاع البحريني", "Khalifa bin Ahmed Al Khalifa")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2011-06-01", "وزير الدفاع البحريني", "Mohammed bin Abdullah Al Khalifa")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2016-06-01", "وزير الدفاع البحريني", "Yusuf bin Ahmed Al-Jalahma")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2024-06-01", "وزير الدفاع البحريني", "Abdullah bin Hassan Al-Nuaimi")]
    // Sudan's defence minister before 2005, Libya's prime minister who keeps defence, Djibouti's defence ministers.
    [InlineData("أكد وزير الدفاع السوداني أن الجيش سيبقى في الإقليم.", "2003-06-01", "وزير الدفاع السوداني", "Bakri Hassan Saleh")]
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2022-06-01", "وزير الدفاع الليبي", "Abdul Hamid Dbeibah")]
    [InlineData("أكد وزير الدفاع الجيبوتي أن القوات جاهزة لحماية الحدود.", "2008-06-01", "وزير الدفاع الجيبوتي", "Ougoureh Kifleh Ahmed")]
    [InlineData("أكد وزير الدفاع الجيبوتي أن القوات جاهزة لحماية الحدود.", "2012-06-01", "وزير الدفاع الجيبوتي", "Abdoulkader Kamil Mohamed")]
    [InlineData("أكد وزير الدفاع الجيبوتي أن القوات جاهزة لحماية الحدود.", "2017-06-01", "وزير الدفاع الجيبوتي", "Ali Hassan Bahdon")]
    [InlineData("أكد وزير الدفاع الجيبوتي أن القوات جاهزة لحماية الحدود.", "2022-06-01", "وزير الدفاع الجيبوتي", "Hassan Omar Mohamed Bourhan")]
    // Offices filled in session 19: Libya's, Mauritania's, Somalia's, Djibouti's and Bahrain's defence ministers, Somalia's foreign ministers.
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2015-06-01", "وزير الدفاع الليبي", "Masoud Arhouma")]
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2016-10-01", "وزير الدفاع الليبي", "al-Mahdi al-Barghathi")]
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2019-06-01", "وزير الدفاع الليبي", "Fayez al-Sarraj")]
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2020-12-01", "وزير الدفاع الليبي", "Salaheddine al-Namroush")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2016-06-01", "وزير الدفاع الموريتاني", "Diallo Mamadou Bathia")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2019-01-10", "وزير الدفاع الموريتاني", "Mohamed Ould Ghazouani")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2019-05-01", "وزير الدفاع الموريتاني", "Yahya Ould Hademine")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2023-06-01", "وزير الدفاع الموريتاني", "Hanena Ould Sidi")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2013-06-01", "وزير الخارجية الصومالي", "Fowsiyo Yusuf Haji Adan")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2014-06-01", "وزير الخارجية الصومالي", "Abdirahman Duale Beyle")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2015-06-01", "وزير الخارجية الصومالي", "Abdisalam Hadliye Omer")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2017-09-01", "وزير الخارجية الصومالي", "Yusuf Garaad Omar")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2019-06-01", "وزير الخارجية الصومالي", "Ahmed Isse Awad")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2016-06-01", "وزير الدفاع الصومالي", "Abdulkadir Sheikh Ali Dini")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2021-06-01", "وزير الخارجية الصومالي", "Mohamed Abdirizak Mohamud")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2023-03-01", "وزير الخارجية الصومالي", "Abshir Omar Huruse")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2024-10-01", "وزير الخارجية الصومالي", "Ahmed Moallim Fiqi")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2018-02-01", "وزير الدفاع الصومالي", "Mohamed Mursal Sheikh Abdirahman")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2023-06-01", "وزير الدفاع الصومالي", "Abdulkadir Mohamed Nur")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2025-09-01", "وزير الدفاع الصومالي", "Ahmed Moallim Fiqi")]
    [InlineData("أكد وزير الدفاع الجيبوتي أن القوات جاهزة لحماية الحدود.", "2015-06-01", "وزير الدفاع الجيبوتي", "Hassan Darar Houffaneh")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2021-06-01", "وزير الدفاع البحريني", "Abdullah bin Hassan Al-Nuaimi")]
    // Offices filled in session 20: Kuwait's and Sudan's defence ministers in 2000, Bahrain's on either side of the cabinet of December 2018, Somalia's under Roble, Libya's caretaker prime minister who kept defence in 2014; Mauritania's foreign ministers 2009-2013.
    [InlineData("أكد وزير الدفاع الكويتي أن القوات جاهزة لحماية الحدود.", "2000-06-01", "وزير الدفاع الكويتي", "Salem Sabah Al-Salem Al-Sabah")]
    [InlineData("أكد وزير الدفاع السوداني أن الجيش سيبقى في الإقليم.", "2000-03-01", "وزير الدفاع السوداني", "Abdel Rahman Sir al-Khatim")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2018-10-01", "وزير الدفاع البحريني", "Yusuf bin Ahmed Al-Jalahma")]
    [InlineData("أكد وزير الدفاع البحريني أن التمرين المشترك نجح.", "2019-06-01", "وزير الدفاع البحريني", "Abdullah bin Hassan Al-Nuaimi")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2021-11-01", "وزير الدفاع الصومالي", "Hassan Hussein Haji")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2022-03-01", "وزير الدفاع الصومالي", "Abdulkadir Mohamed Nur")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2010-06-01", "وزير الخارجية الموريتاني", "Naha Mint Hamdi Ould Mouknass")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2012-06-01", "وزير الخارجية الموريتاني", "Hamadi Ould Baba Ould Hamadi")]
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2014-06-01", "وزير الدفاع الليبي", "Abdullah al-Thani")]
    // Offices filled in session 21: Mauritania's defence ministers 2008-2014 and its foreign minister under the junta of 2008.
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2009-01-15", "وزير الدفاع الموريتاني", "Mohamed Mahmoud Ould Mohamed Lemine")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2009-07-15", "وزير الدفاع الموريتاني", "Yedali Ould Cheikh")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2010-06-01", "وزير الدفاع الموريتاني", "Hamadi Ould Baba Ould Hamadi")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2013-06-01", "وزير الدفاع الموريتاني", "Ahmedou Ould Idey Ould Mohamed Radhi")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2009-03-01", "وزير الخارجية الموريتاني", "Mohamed Mahmoud Ould Mohamedou")]
    // Somalia's defence ministers of the transitional government, 2010-2012.
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2010-09-01", "وزير الدفاع الصومالي", "Abukar Abdi Osman Mardadi")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2011-03-01", "وزير الدفاع الصومالي", "Abdihakim Mohamed Haji Fiqi")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2012-03-01", "وزير الدفاع الصومالي", "Hussein Arab Isse")]
    // Offices filled in session 22: Somalia's defence ministers 2012-2015 (Fiqi's second term, then Mohamed Sheikh Hassan to Dini's
    // cabinet of February 2015) and the Comoros' foreign minister since July 2024.
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2013-06-01", "وزير الدفاع الصومالي", "Abdihakim Mohamed Haji Fiqi")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2014-06-01", "وزير الدفاع الصومالي", "Mohamed Sheikh Hassan")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2015-01-20", "وزير الدفاع الصومالي", "Mohamed Sheikh Hassan")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2015-03-01", "وزير الدفاع الصومالي", "Abdulkadir Sheikh Ali Dini")]
    [InlineData("بحث وزير خارجية جزر القمر مع نظيره سبل التعاون.", "2025-06-01", "وزير خارجية جزر القمر", "Mbae Mohamed")]
    // Offices filled in session 23: Mauritania's foreign and defence ministers from M'Bareck's governments of 2003 to 2008.
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2004-06-01", "وزير الخارجية الموريتاني", "Mohamed Vall Ould Bellal")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2003-09-01", "وزير الدفاع الموريتاني", "Mohamed Mahmoud Ould Jaafar")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2004-06-01", "وزير الدفاع الموريتاني", "Baba Ould Sidi")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2006-06-01", "وزير الخارجية الموريتاني", "Ahmed Ould Sid'Ahmed")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2007-10-01", "وزير الخارجية الموريتاني", "Mohamed Saleck Ould Mohamed Lemine")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2008-06-01", "وزير الخارجية الموريتاني", "Cheikh El Avia Ould Mohamed Khouna")]
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2008-07-25", "وزير الخارجية الموريتاني", "Abdallahi Ould Ben Hmeida")]
    [InlineData("أكد وزير الدفاع الموريتاني أن القوات جاهزة لحماية الحدود.", "2007-10-01", "وزير الدفاع الموريتاني", "Mohamed Mahmoud Ould Mohamed Lemine")]
    // Offices filled in session 24: Mauritania's foreign minister from March 2001 to October 2002.
    [InlineData("بحث وزير الخارجية الموريتاني مع نظيره سبل التعاون.", "2002-01-15", "وزير الخارجية الموريتاني", "Dah Ould Abdi")]
    // Somalia's defence ministers of 2009-2010 and its foreign minister from August 2009.
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2009-06-01", "وزير الدفاع الصومالي", "Mohamed Abdi Mohamed Gandhi")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2010-03-01", "وزير الدفاع الصومالي", "Abdalla Boss Ahmed")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2010-03-01", "وزير الخارجية الصومالي", "Ali Jama Ahmed Jengeli")]
    // Somalia's foreign ministers of 2009 and 2010-2012, its defence minister of 2019-2020 and Hassan Hussein Haji in August 2021 (session 24).
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2009-05-01", "وزير الخارجية الصومالي", "Mohamed Abdullahi Omar")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2010-09-01", "وزير الخارجية الصومالي", "Yusuf Hassan Ibrahim Dheg")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2011-09-01", "وزير الخارجية الصومالي", "Mohamed Abdullahi Omar")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2019-06-01", "وزير الدفاع الصومالي", "Hassan Ali Mohamed")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2021-09-15", "وزير الدفاع الصومالي", "Hassan Hussein Haji")]
    // Session 24 kb27: Somalia's foreign ministers under Gedi (2004-2006 and 2006-2007).
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2005-06-01", "وزير الخارجية الصومالي", "Abdullahi Sheikh Ismail")]
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2007-03-01", "وزير الخارجية الصومالي", "Ismail Mohamud Hurre")]
    [InlineData("أكد وزير الدفاع الصومالي أن الجيش سيحرر المدينة.", "2007-01-15", "وزير الدفاع الصومالي", "Barre Aden Shire Hiiraale")]
    // The Comoros' foreign ministers under Sambi and in his interim government.
    [InlineData("بحث وزير خارجية جزر القمر مع نظيره سبل التعاون.", "2008-06-01", "وزير خارجية جزر القمر", "Ahmed Ben Said Jaffar")]
    [InlineData("بحث وزير خارجية جزر القمر مع نظيره سبل التعاون.", "2010-10-01", "وزير خارجية جزر القمر", "Fahmi Said Ibrahim")]
    // Session 24 kb26: the Comoros' foreign ministers of 2011-2015 and 2016-2024, by the nisba القمري, read after an office word only.
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2012-06-01", "وزير الخارجية القمري", "Mohamed Bakri Ben Abdoulfatah Charif")]
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2014-06-01", "وزير الخارجية القمري", "Elarif Said Hassane")]
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2017-03-01", "وزير الخارجية القمري", "Mohamed Bacar Dossar")]
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2019-06-01", "وزير الخارجية القمري", "Mohamed El-Amine Souef")]
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2022-06-01", "وزير الخارجية القمري", "Dhoihir Dhoulkamal")]
    [InlineData("بحث وزير خارجية جزر القمر مع نظيره سبل التعاون.", "2024-07-05", "وزير خارجية جزر القمر", "Mbae Mohamed")]
    [InlineData("وصل الرئيس القمري إلى العاصمة في زيارة رسمية.", "2018-06-01", "الرئيس القمري", "Azali Assoumani")]
    // Session 25 kb28: the Comoros' foreign minister of 2015-2016.
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2015-10-01", "وزير الخارجية القمري", "Mohamed Abdoulkarim")]
    [InlineData("بحث وزير خارجية جزر القمر مع نظيره سبل التعاون.", "2016-05-20", "وزير خارجية جزر القمر", "Mohamed Abdoulkarim")]
    // Envoys and spokespersons.
    [InlineData("التقى المبعوث الأممي إلى ليبيا أعضاء المؤتمر الوطني.", "2012-05-01", "المبعوث الأممي إلى ليبيا", "Ian Martin")]
    [InlineData("التقى المبعوث الأممي إلى اليمن ممثلي الأحزاب.", "2013-05-01", "المبعوث الأممي إلى اليمن", "Jamal Benomar")]
    [InlineData("قالت المتحدثة باسم وزارة الخارجية الأمريكية إن الوزير سيسافر غدا.", "2014-05-01", "المتحدثة باسم وزارة الخارجية الأمريكية", "Jen Psaki")]
    [InlineData("رحب الأمين العام لمجلس التعاون الخليجي بالاتفاق.", "2015-06-01", "الأمين العام لمجلس التعاون الخليجي", "Abdullatif bin Rashid Al Zayani")]
    public void Should_name_the_holder_of_the_office_on_the_date(string text, string date, string mention, string name)
    {
        // When a sentence with a title and no name is read on a date
        var mentions = Recognizer.Recognize(text, Day(date));

        // Then the title names the person who held the office that day
        mentions.Should().Contain(m => m.Text == mention).Which.Name.Should().Be(name);
    }

    [Theory]
    // Lebanon between two presidents: parliament elected nobody.
    [InlineData("وصل الرئيس اللبناني إلى العاصمة في زيارة رسمية.", "2015-06-01", "الرئيس اللبناني", "LBN")]
    // Sudan between the dissolution of the caretaker government and Mohieldin Salem's appointment.
    [InlineData("بحث وزير الخارجية السوداني مع نظيره سبل التعاون.", "2025-07-15", "وزير الخارجية السوداني", "SDN")]
    // Qatar before 2013: the emir kept the forces and the cabinet had no defence minister (role-gaps.tsv `none`).
    [InlineData("أكد وزير الدفاع القطري أن التمرين المشترك نجح.", "2010-06-01", "وزير الدفاع القطري", "QAT")]
    // The United States after Tammy Bruce: her deputy briefed, nobody was named spokesperson.
    [InlineData("قال المتحدث باسم وزارة الخارجية الأمريكية إن الوزير سيسافر غدا.", "2025-10-01", "المتحدث باسم وزارة الخارجية الأمريكية", "USA")]
    // Libya while al-Barghathi was suspended, and under the National Transitional Council (role-gaps.tsv `vacancy`, `council`).
    [InlineData("أكد وزير الدفاع الليبي أن الجيش سيبقى في الجنوب.", "2017-11-01", "وزير الدفاع الليبي", "LBY")]
    [InlineData("بحث وزير الخارجية الليبي مع نظيره سبل التعاون.", "2011-10-01", "وزير الخارجية الليبي", "LBY")]
    // Somalia after its foreign minister resigned to run in Puntland (role-gaps.tsv `vacancy`).
    [InlineData("بحث وزير الخارجية الصومالي مع نظيره سبل التعاون.", "2024-02-01", "وزير الخارجية الصومالي", "SOM")]
    // Libya after Mangoush's suspension: the prime minister holds the portfolio and a caretaker runs the ministry (`vacancy`).
    [InlineData("بحث وزير الخارجية الليبي مع نظيره سبل التعاون.", "2024-06-01", "وزير الخارجية الليبي", "LBY")]
    // The Comoros between Souef's resignation and Dhoulkamal's decree (`vacancy`).
    [InlineData("بحث وزير الخارجية القمري مع نظيره سبل التعاون.", "2020-08-20", "وزير الخارجية القمري", "COM")]
    // China has several spokespersons at once.
    [InlineData("قال المتحدث باسم الخارجية الصينية إن بلاده ترفض الاتهامات.", "2021-06-01", "المتحدث باسم الخارجية الصينية", "CHN")]
    public void Should_keep_the_state_when_the_office_has_no_single_holder(string text, string date, string mention, string country)
    {
        // When a title of an office without one holder that day is read
        var mentions = Recognizer.Recognize(text, Day(date));

        // Then it names the state and no person
        var found = mentions.Should().Contain(m => m.Text == mention).Which;
        found.Name.Should().BeNull();
        found.Country.Should().Be(country);
    }

    [Theory]
    // Session 24 kb26: the Comoros' ministers link by their full names; «محمد بكر» alone is also the Anjouan colonel, and
    // «ذو الكمال» alone links only after the full name.
    [InlineData("التقى صيف محمد الأمين سفراء الدول العربية في موروني.", "2018-03-01", "صيف محمد الأمين", "Mohamed El-Amine Souef")]
    [InlineData("التقى محمد بكر دوسار سفراء الدول العربية في موروني.", "2017-03-01", "محمد بكر دوسار", "Mohamed Bacar Dossar")]
    [InlineData("التقى ظهير ذو الكمال سفراء الدول العربية في موروني.", "2021-03-01", "ظهير ذو الكمال", "Dhoihir Dhoulkamal")]
    [InlineData("التقى العارف سيد حسن سفراء الدول العربية في موروني.", "2014-03-01", "العارف سيد حسن", "Elarif Said Hassane")]
    public void Should_link_the_comoros_ministers_by_their_full_names(string text, string date, string mention, string name)
    {
        var mentions = Recognizer.Recognize(text, Day(date));

        mentions.Should().Contain(m => m.Text == mention).Which.Name.Should().Be(name);
    }

    [Fact]
    public void Should_not_link_the_comoros_ministers_by_a_part_of_their_names()
    {
        // Given a sentence with «محمد بكر» and one with «ذو الكمال», neither after a full name
        var bacar = Recognizer.Recognize("قاد العقيد محمد بكر قوات الدرك في الجزيرة.", Day("2017-03-01"));
        var kamal = Recognizer.Recognize("قال ذو الكمال إن الزيارة كانت ناجحة.", Day("2021-03-01"));

        // Then neither names the minister
        bacar.Should().NotContain(m => m.Name == "Mohamed Bacar Dossar");
        kamal.Should().NotContain(m => m.Name == "Dhoihir Dhoulkamal");
    }

    [Fact]
    public void Should_link_a_shared_surname_only_after_the_full_name()
    {
        // Given a surname many people share (الزبيدي), alone, then after the full name in another article
        const string alone = "قال الزبيدي إن الطقس سيبقى معتدلا هذا الأسبوع.";
        const string named = "استقبل عبد الكريم الزبيدي الوفد في تونس، وقال الزبيدي إن التعاون سيتواصل.";

        // When both are read
        var first = Recognizer.Recognize(alone, Day("2018-01-10"));
        var second = Recognizer.Recognize(named, Day("2018-01-10"));

        // Then the surname alone names no one, and after the full name it names him
        first.Should().NotContain(m => m.Name == "Abdelkarim Zbidi");
        second.Where(m => m.Name == "Abdelkarim Zbidi").Select(m => m.Text).Should().Equal("عبد الكريم الزبيدي", "الزبيدي");
    }

    [Fact]
    public void Should_link_a_surname_that_is_a_word_only_after_the_full_name()
    {
        // Given الجراح ("the surgeon") alone, then after Khaled Al-Jarrah's full name in another article
        const string alone = "قال الجراح إن العملية نجحت وإن المريض بخير.";
        const string named = "استقبل الشيخ خالد الجراح الوفد العسكري، وقال الجراح إن التعاون سيتواصل.";

        // When both are read
        var first = Recognizer.Recognize(alone, Day("2015-03-10"));
        var second = Recognizer.Recognize(named, Day("2015-03-10"));

        // Then the surname alone names no one, and after the full name it names him
        first.Should().NotContain(m => m.Name == "Khaled Al-Jarrah Al-Sabah");
        second.Where(m => m.Name == "Khaled Al-Jarrah Al-Sabah").Select(m => m.Text).Should().Equal("الشيخ خالد الجراح", "الجراح");
    }

    [Fact]
    public void Should_link_a_shared_family_name_only_after_the_minister_is_named()
    {
        // Given al-Jalahma's relative, a diplomat, then the minister by his full name
        const string relative = "عين الملك خالد يوسف الجلاهمة سفيرا، وقال الجلاهمة إنه سيبدأ عمله قريبا.";
        const string named = "استقبل يوسف أحمد الجلاهمة الوفد العسكري، وقال الجلاهمة إن التعاون سيتواصل.";

        // When both are read
        var first = Recognizer.Recognize(relative, Day("2016-03-10"));
        var second = Recognizer.Recognize(named, Day("2016-03-10"));

        // Then the diplomat is not taken for the minister, and after the minister's full name the surname names him
        first.Should().NotContain(m => m.Name == "Yusuf bin Ahmed Al-Jalahma");
        second.Where(m => m.Name == "Yusuf bin Ahmed Al-Jalahma").Select(m => m.Text).Should().Equal("يوسف أحمد الجلاهمة", "الجلاهمة");
    }

    [Fact]
    public void Should_link_a_surname_two_ministers_share_to_the_one_named_in_full()
    {
        // Given two Libyan defence ministers called al-Barghathi, each named in full in his own article
        const string mahdi = "استقبل المهدي البرغثي الوفد العسكري في طرابلس، وقال البرغثي إن التعاون سيتواصل.";
        const string mohammed = "استقبل محمد البرغثي الوفد العسكري في طرابلس، وقال البرغثي إن التعاون سيتواصل.";
        const string alone = "قال البرغثي إن الاجتماع سيعقد غدا.";

        // When the three are read
        var first = Recognizer.Recognize(mahdi, Day("2016-10-01"));
        var second = Recognizer.Recognize(mohammed, Day("2013-03-01"));
        var third = Recognizer.Recognize(alone, Day("2016-10-01"));

        // Then the surname names the minister named in full before it, and alone it names no one
        first.Where(m => m.Name == "al-Mahdi al-Barghathi").Select(m => m.Text).Should().Equal("المهدي البرغثي", "البرغثي");
        second.Where(m => m.Name == "Mohammed al-Barghathi").Select(m => m.Text).Should().Equal("محمد البرغثي", "البرغثي");
        third.Should().NotContain(m => m.Name == "al-Mahdi al-Barghathi" || m.Name == "Mohammed al-Barghathi");
    }

    [Fact]
    public void Should_tell_apart_two_ministers_of_one_government_by_their_full_names()
    {
        // Given the foreign and the defence minister of Mauritania's government of 2008, whose names share three words
        const string text = "التقى محمد محمود ولد محمدو الوفد، ثم استقبل محمد محمود ولد محمد الأمين قادة الجيش.";

        // When the sentence is read
        var mentions = Recognizer.Recognize(text, Day("2009-02-01"));

        // Then each full name names its own minister
        mentions.Should().Contain(m => m.Text == "محمد محمود ولد محمدو").Which.Name.Should().Be("Mohamed Mahmoud Ould Mohamedou");
        mentions.Should().Contain(m => m.Text == "محمد محمود ولد محمد الأمين").Which.Name.Should().Be("Mohamed Mahmoud Ould Mohamed Lemine");
    }

    [Fact]
    public void Should_link_the_defence_minister_of_2011_by_the_spellings_of_the_press()
    {
        // Given Ould Idey's name as the army's site writes it and as other papers do
        const string first = "استقبل أحمدو ولد إدي ولد محمد الراظي الملحق العسكري.";
        const string second = "قال أحمد ولد إدي ولد الراضي إن الجيش جاهز.";

        // When both are read
        var one = Recognizer.Recognize(first, Day("2012-05-01"));
        var two = Recognizer.Recognize(second, Day("2012-05-01"));

        // Then both name him
        one.Should().Contain(m => m.Name == "Ahmedou Ould Idey Ould Mohamed Radhi");
        two.Should().Contain(m => m.Name == "Ahmedou Ould Idey Ould Mohamed Radhi");
    }

    [Fact]
    public void Should_link_the_two_mauritanian_ministers_of_2007_each_by_his_own_full_name()
    {
        // Given the foreign and the defence minister of 2007, whose names end alike, and «ولد محمد الأمين» alone
        const string text = "استقبل محمد السالك ولد محمد الأمين السفير، وزار محمد محمود ولد محمد الأمين القاعدة.";
        const string partial = "قال ولد محمد الأمين إن السوق هادئة.";

        // When both are read in 2007
        var mentions = Recognizer.Recognize(text, Day("2007-10-01"));
        var alone = Recognizer.Recognize(partial, Day("2007-10-01"));

        // Then each full name names its own minister, and the shared end names no one
        mentions.Should().Contain(m => m.Text == "محمد السالك ولد محمد الأمين").Which.Name.Should().Be("Mohamed Saleck Ould Mohamed Lemine");
        mentions.Should().Contain(m => m.Text == "محمد محمود ولد محمد الأمين").Which.Name.Should().Be("Mohamed Mahmoud Ould Mohamed Lemine");
        alone.Should().NotContain(m => m.Name == "Mohamed Saleck Ould Mohamed Lemine" || m.Name == "Mohamed Mahmoud Ould Mohamed Lemine");
    }

    [Fact]
    public void Should_link_the_mauritanian_foreign_ministers_of_2005_and_2008_by_their_full_names()
    {
        // Given the two names as the Arabic press writes them
        const string first = "التقى أحمد ولد سيدي أحمد نظيره المغربي في الرباط.";
        const string second = "استقبل عبد الله ولد بن حميدة السفير الليبي.";

        // When both are read
        var one = Recognizer.Recognize(first, Day("2006-03-01"));
        var two = Recognizer.Recognize(second, Day("2008-07-25"));

        // Then both name them
        one.Should().Contain(m => m.Name == "Ahmed Ould Sid'Ahmed");
        two.Should().Contain(m => m.Name == "Abdallahi Ould Ben Hmeida");
    }

    [Fact]
    public void Should_link_the_mauritanian_foreign_minister_of_2001_only_by_his_full_name()
    {
        // Given his full name as the Arabic press writes it, and «ولد عبدي» alone (another minister's name too)
        const string named = "استقبل الداه ولد عبدي سفير إسبانيا في نواكشوط.";
        const string alone = "قال ولد عبدي إن الزيارة ستتم الشهر المقبل.";

        // When both are read in 2001
        var first = Recognizer.Recognize(named, Day("2001-06-01"));
        var second = Recognizer.Recognize(alone, Day("2001-06-01"));

        // Then the full name links him and the surname alone does not
        first.Should().Contain(m => m.Name == "Dah Ould Abdi" && m.Text == "الداه ولد عبدي");
        second.Should().NotContain(m => m.Name == "Dah Ould Abdi");
    }

    [Fact]
    public void Should_link_the_somali_defence_minister_of_2009_by_his_full_name_and_not_gandhi_alone()
    {
        // Given his full name, and a sentence about the Indian leader
        const string named = "تفقد محمد عبدي غاندي القوات في مقديشو.";
        const string other = "استشهد المتحدث بأقوال غاندي عن المقاومة السلمية.";

        // When both are read in 2009
        var first = Recognizer.Recognize(named, Day("2009-06-01"));
        var second = Recognizer.Recognize(other, Day("2009-06-01"));

        // Then the full name links him and «غاندي» alone does not
        first.Should().Contain(m => m.Name == "Mohamed Abdi Mohamed Gandhi");
        second.Should().NotContain(m => m.Name == "Mohamed Abdi Mohamed Gandhi");
    }

    [Fact]
    public void Should_link_the_somali_foreign_minister_omar_after_his_title_and_not_his_common_name_alone()
    {
        // Given his name after the title, then alone in the same article, and the same three names in another article
        const string article = "التقى وزير الخارجية الصومالي محمد عبد الله عمر السفير الإيطالي في مقديشو. وقال محمد عبد الله عمر إن اللقاء كان مثمرا.";
        const string other = "افتتح محمد عبد الله عمر متجرا جديدا في الحي.";

        // When both are read in 2011
        var first = Recognizer.Recognize(article, Day("2011-03-01"));
        var second = Recognizer.Recognize(other, Day("2011-03-01"));

        // Then both mentions of the article name him, and the other man's name names no one
        first.Count(m => m.Name == "Mohamed Abdullahi Omar").Should().Be(2);
        second.Should().NotContain(m => m.Name == "Mohamed Abdullahi Omar");
    }

    [Fact]
    public void Should_link_the_comorian_foreign_minister_of_2016_after_his_title_and_not_his_common_names_alone()
    {
        // Given his names after the title, then alone in the same article, and the same names (in both orders) in other articles
        const string article = "وقع وزير خارجية جزر القمر عبد الكريم محمد اتفاقا للتعاون في موروني. وقال عبد الكريم محمد إن الاتفاق يشمل التعليم.";
        const string other = "فاز عبد الكريم محمد بالمركز الأول في مسابقة الشعر.";
        const string reversed = "افتتح محمد عبد الكريم صيدلية جديدة في الحي.";

        // When the three are read in 2016
        var first = Recognizer.Recognize(article, Day("2016-03-01"));
        var second = Recognizer.Recognize(other, Day("2016-03-01"));
        var third = Recognizer.Recognize(reversed, Day("2016-03-01"));

        // Then both mentions of the article name him, and the names in the other articles name no one
        first.Count(m => m.Name == "Mohamed Abdoulkarim").Should().Be(2);
        second.Should().NotContain(m => m.Name == "Mohamed Abdoulkarim");
        third.Should().NotContain(m => m.Name == "Mohamed Abdoulkarim");
    }

    [Fact]
    public void Should_link_the_somali_foreign_minister_of_2005_after_his_title_and_not_his_common_name_alone()
    {
        // Given his name after the title, then alone in the same article, and the same names in another article
        const string article = "استقبل وزير الخارجية الصومالي عبد الله شيخ إسماعيل سفير اليابان في نيروبي. وأكد عبد الله شيخ إسماعيل أن الحكومة ستنتقل قريبا.";
        const string other = "قال عبد الله الشيخ إسماعيل إن المزرعة تنتج القمح.";

        // When both are read in 2005
        var first = Recognizer.Recognize(article, Day("2005-06-01"));
        var second = Recognizer.Recognize(other, Day("2005-06-01"));

        // Then both mentions of the article name him, and the other man's name names no one
        first.Count(m => m.Name == "Abdullahi Sheikh Ismail").Should().Be(2);
        second.Should().NotContain(m => m.Name == "Abdullahi Sheikh Ismail");
    }

    [Fact]
    public void Should_link_hurre_by_his_full_name_and_not_by_the_short_form_alone()
    {
        // Given his full name, and the short form (هرة is also "cat") in another article
        const string named = "قال إسماعيل هري بوبا إن الحكومة ترحب بالقوات الأفريقية.";
        const string partial = "رسم إسماعيل هرة صغيرة على جدار المدرسة.";

        // When both are read in 2007
        var first = Recognizer.Recognize(named, Day("2007-03-01"));
        var second = Recognizer.Recognize(partial, Day("2007-03-01"));

        // Then the full name links him and the short form alone does not
        first.Should().Contain(m => m.Name == "Ismail Mohamud Hurre");
        second.Should().NotContain(m => m.Name == "Ismail Mohamud Hurre");
    }

    [Fact]
    public void Should_link_hiiraale_by_his_full_name_and_his_nickname_only_after_it()
    {
        // Given his full name then his nickname in one article, and the nickname alone in another
        const string article = "التقى باري آدن شير هيرالي قادة الجيش في بيداوة. وقال هيرالي إن الخطة جاهزة.";
        const string other = "وصل هيرالي إلى المدينة أمس.";

        // When both are read in 2007
        var first = Recognizer.Recognize(article, Day("2007-01-15"));
        var second = Recognizer.Recognize(other, Day("2007-01-15"));

        // Then both mentions of the article name him, and the nickname alone names no one
        first.Count(m => m.Name == "Barre Aden Shire Hiiraale").Should().Be(2);
        second.Should().NotContain(m => m.Name == "Barre Aden Shire Hiiraale");
    }

    [Fact]
    public void Should_link_dheg_by_his_surname_and_not_by_his_three_common_names_alone()
    {
        // Given his full name, and the same first three names in another article
        const string named = "استقبل يوسف حسن إبراهيم ديغ وفدا من الجامعة العربية.";
        const string partial = "قال يوسف حسن إبراهيم إن الطريق مغلق منذ الصباح.";

        // When both are read in 2010
        var first = Recognizer.Recognize(named, Day("2010-09-01"));
        var second = Recognizer.Recognize(partial, Day("2010-09-01"));

        // Then the full name links him and the three names alone do not
        first.Should().Contain(m => m.Name == "Yusuf Hassan Ibrahim Dheg");
        second.Should().NotContain(m => m.Name == "Yusuf Hassan Ibrahim Dheg");
    }

    [Fact]
    public void Should_link_the_somali_defence_minister_of_2019_after_his_title_and_not_his_common_name_alone()
    {
        // Given his name after the title, and the same names (in the press's other order) in another article
        const string named = "استقبل وزير الدفاع الصومالي حسن علي محمد وفدا عسكريا تركيا.";
        const string other = "قال حسن محمد علي إن المحل سيفتح غدا.";

        // When both are read in 2019
        var first = Recognizer.Recognize(named, Day("2019-06-01"));
        var second = Recognizer.Recognize(other, Day("2019-06-01"));

        // Then the title with his name names him, and the names alone name no one
        first.Should().Contain(m => m.Name == "Hassan Ali Mohamed");
        second.Should().NotContain(m => m.Name == "Hassan Ali Mohamed");
    }

    [Fact]
    public void Should_link_the_somali_defence_minister_of_2014_only_by_his_full_name()
    {
        // Given his full name, and a sentence with only «شيخ حسن» (a common pair of names)
        const string named = "استقبل وزير الدفاع محمد شيخ حسن قائد البعثة الأفريقية في مقديشو.";
        const string partial = "قال شيخ حسن إن القرية هادئة منذ أيام.";

        // When both are read in 2014
        var first = Recognizer.Recognize(named, Day("2014-06-01"));
        var second = Recognizer.Recognize(partial, Day("2014-06-01"));

        // Then the full name links him and the pair alone does not
        first.Should().Contain(m => m.Name == "Mohamed Sheikh Hassan" && m.Text == "محمد شيخ حسن");
        second.Should().NotContain(m => m.Name == "Mohamed Sheikh Hassan");
    }

    [Fact]
    public void Should_link_a_former_minister_only_by_his_full_name()
    {
        // Given Kuwait's defence minister of 2000 by his full name, and a Sudanese name that shares his predecessor's given names
        const string kuwaiti = "استقبل الشيخ سالم صباح السالم الوفد العسكري في الكويت.";
        const string sudanese = "استقبل عبد الرحمن سر الختم الوفد العسكري في الخرطوم.";
        const string other = "قال سر الختم إن الاجتماع سيعقد غدا.";

        // When the three are read
        var first = Recognizer.Recognize(kuwaiti, Day("2000-06-01"));
        var second = Recognizer.Recognize(sudanese, Day("2000-03-01"));
        var third = Recognizer.Recognize(other, Day("2000-03-01"));

        // Then the full names name the ministers, and «سر الختم» alone (also a given name) names no one
        first.Should().Contain(m => m.Name == "Salem Sabah Al-Salem Al-Sabah");
        second.Should().Contain(m => m.Name == "Abdel Rahman Sir al-Khatim");
        third.Should().NotContain(m => m.Name == "Abdel Rahman Sir al-Khatim");
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
