<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/shell/actions.py" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="151"/>
        <source>Open &amp;Recent</source>
        <translation>فُتح &amp;مؤخرًا</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="152"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="154"/>
        <source>&amp;Sort Results</source>
        <translation>&amp;ترتيب النتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="155"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="156"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="157"/>
        <source>&amp;Open Archive Folder…</source>
        <translation>&amp;فتح مجلد أرشيف…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="158"/>
        <source>&amp;Clear This List</source>
        <translation>&amp;مسح هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="159"/>
        <source>Open Original &amp;File</source>
        <translation>فتح ال&amp;ملف الأصلي</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="160"/>
        <source>Open the document&apos;s file in the program your system uses for it</source>
        <translation>فتح ملف الوثيقة بالبرنامج الذي يستعمله نظامك لهذا النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="161"/>
        <source>Show in F&amp;older</source>
        <translation>عرض في ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="162"/>
        <source>Open the folder that holds the document&apos;s file</source>
        <translation>فتح المجلد الذي يضم ملف الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="163"/>
        <source>&amp;Update Index</source>
        <translation>&amp;تحديث الفهرس</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="164"/>
        <source>Index new, changed and removed files</source>
        <translation>فهرسة الملفات الجديدة والمعدَّلة والمحذوفة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="165"/>
        <source>Re&amp;build Index</source>
        <translation>إعادة &amp;بناء الفهرس</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="166"/>
        <source>Index every file again from scratch</source>
        <translation>فهرسة كل الملفات من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="167"/>
        <source>Files That Could Not Be &amp;Read…</source>
        <translation>ملفات تعذّرت &amp;قراءتها…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="169"/>
        <source>&amp;Find in Document…</source>
        <translation>&amp;بحث في الوثيقة…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="170"/>
        <source>Next &amp;Hit</source>
        <translation>الموضع ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="171"/>
        <source>&amp;Previous Hit</source>
        <translation>الموضع ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="172"/>
        <source>&amp;Search the Archive</source>
        <translation>ال&amp;بحث في الأرشيف</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="173"/>
        <source>&amp;Copy with Citation</source>
        <translation>&amp;نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="175"/>
        <source>Copy the selected passage with its title, date, file and paragraph</source>
        <translation>نسخ المقطع المحدد مع عنوانه وتاريخه وملفه وفقرته</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="176"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="177"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="178"/>
        <source>&amp;Actual Size</source>
        <translation>الحجم ال&amp;أصلي</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="179"/>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="180"/>
        <source>By &amp;Relevance</source>
        <translation>حسب ال&amp;صلة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="181"/>
        <source>By &amp;Date, Newest First</source>
        <translation>حسب ال&amp;تاريخ، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="182"/>
        <source>Search &amp;Syntax</source>
        <translation>&amp;صيغة البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="183"/>
        <source>&amp;About Wathaiq</source>
        <translation>&amp;عن وثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/actions.py" line="184"/>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AnnotateMenus</name>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="186"/>
        <source>&amp;Annotate</source>
        <translation>&amp;تعليقات</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="187"/>
        <source>&amp;Tag Passage</source>
        <translation>&amp;وسم المقطع</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="188"/>
        <source>Tag &amp;Document</source>
        <translation>وسم ال&amp;وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="189"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="190"/>
        <source>Tag the selected passage with a theme (Alt+1 … Alt+0)</source>
        <translation>وسم المقطع المحدد بمحور (Alt+1 … Alt+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="191"/>
        <source>&amp;Highlight</source>
        <translation>&amp;تظليل</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="192"/>
        <source>Highlight the selected passage (Ctrl+H)</source>
        <translation>تظليل المقطع المحدد (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="193"/>
        <source>Add &amp;Note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="194"/>
        <source>Write a note on the selected passage (Ctrl+M)</source>
        <translation>كتابة ملاحظة على المقطع المحدد (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="195"/>
        <source>Annotations That Lost Their &amp;Passage…</source>
        <translation>تعليقات فقدت &amp;مقاطعها…</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="176"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="176"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="177"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;إعادة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="177"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="146"/>
        <source>Delete Note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="148"/>
        <source>Remove Highlight</source>
        <translation>إزالة التظليل</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/menus.py" line="150"/>
        <source>Remove Tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="194"/>
        <source>Select a passage in the document first.</source>
        <translation>حدّد مقطعا من الوثيقة أولا.</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="231"/>
        <source>Highlight Passage</source>
        <translation>تظليل مقطع</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="238"/>
        <source>Add Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="251"/>
        <location filename="../../desktop/annotate/controller.py" line="286"/>
        <source>Remove Tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="254"/>
        <source>Tag Passage with %1</source>
        <translation>وسم المقطع بـ%1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="261"/>
        <source>Edit Note</source>
        <translation>تعديل ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="264"/>
        <source>Delete Note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="280"/>
        <source>Tag Document with %1</source>
        <translation>وسم الوثيقة بـ%1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="291"/>
        <source>Accept Theme %1</source>
        <translation>قبول المحور %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="296"/>
        <source>Reject Theme %1</source>
        <translation>رفض المحور %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/controller.py" line="302"/>
        <source>Delete Annotation</source>
        <translation>حذف التعليق</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/shell/backups.py" line="57"/>
        <source>Back Up User Data…</source>
        <translation>نسخ احتياطي لبيانات المستخدم…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="58"/>
        <source>Restore User Data…</source>
        <translation>استعادة بيانات المستخدم…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="80"/>
        <location filename="../../desktop/shell/backups.py" line="89"/>
        <source>Back up tags, notes and highlights</source>
        <translation>نسخ احتياطي للوسوم والملاحظات والتظليلات</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="94"/>
        <source>Backed up and checked: %1</source>
        <translation>تم النسخ الاحتياطي والتحقق منه: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="105"/>
        <source>Restore tags, notes and highlights</source>
        <translation>استعادة الوسوم والملاحظات والتظليلات</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="112"/>
        <source>Restore user data</source>
        <translation>استعادة بيانات المستخدم</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="113"/>
        <source>Replace every tag, note and highlight of this archive with the backup? The current data is kept in a file beside the database.</source>
        <translation>هل تريد استبدال كل وسوم هذا الأرشيف وملاحظاته وتظليلاته بالنسخة الاحتياطية؟ تُحفظ البيانات الحالية في ملف بجانب قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="129"/>
        <source>Restored: %1</source>
        <translation>تمت الاستعادة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/backups.py" line="134"/>
        <source>%1 annotations, %2 document tags</source>
        <translation>%1 تعليقات، %2 وسوم وثائق</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desktop/documents/controller.py" line="125"/>
        <source>Edit Title</source>
        <translation>تعديل العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/controller.py" line="125"/>
        <source>Edit Date</source>
        <translation>تعديل التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/controller.py" line="136"/>
        <source>All Documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/controller.py" line="137"/>
        <source>All &amp;Documents</source>
        <translation>كل ال&amp;وثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/controller.py" line="138"/>
        <source>Every document of the archive, sortable; edit titles and dates</source>
        <translation>كل وثائق الأرشيف، قابلة للترتيب؛ عدّل العناوين والتواريخ</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../desktop/documents/model.py" line="70"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/model.py" line="71"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/model.py" line="72"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/model.py" line="73"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/model.py" line="74"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/model.py" line="118"/>
        <source>Undated</source>
        <translation>دون تاريخ</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop/documents/panel.py" line="125"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/panel.py" line="127"/>
        <source>Edit Title</source>
        <translation>تعديل العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/panel.py" line="128"/>
        <source>Edit Date</source>
        <translation>تعديل التاريخ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/documents/panel.py" line="133"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/documents/panel.py" line="134"/>
        <source>%1 of %2 documents</source>
        <translation>%1 من %2 وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/panel.py" line="138"/>
        <source>Filter by title or path</source>
        <translation>تصفية حسب العنوان أو المسار</translation>
    </message>
    <message>
        <location filename="../../desktop/documents/panel.py" line="140"/>
        <source>Enter opens a document. F2 edits its title or date: yours are kept apart from the file; an empty value brings the file&apos;s own back.</source>
        <translation>يفتح Enter الوثيقة، ويعدّل F2 عنوانها أو تاريخها: يُحفظ تعديلك بعيدًا عن الملف، وتعيد القيمة الفارغة ما في الملف.</translation>
    </message>
</context>
<context>
    <name>Excerpts</name>
    <message>
        <location filename="../../desktop/excerpts/controller.py" line="156"/>
        <source>Reorder Excerpts</source>
        <translation>إعادة ترتيب المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/controller.py" line="171"/>
        <source>Excerpts exported to %1</source>
        <translation>صُدِّرت المقتطفات إلى %1</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/controller.py" line="177"/>
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/controller.py" line="178"/>
        <source>E&amp;xcerpts</source>
        <translation>ال&amp;مقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/controller.py" line="179"/>
        <source>&amp;Export Excerpts…</source>
        <translation>&amp;تصدير المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/controller.py" line="180"/>
        <source>Export the excerpts as a briefing or as data</source>
        <translation>تصدير المقتطفات إحاطةً أو بيانات</translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <location filename="../../desktop/excerpts/model.py" line="217"/>
        <source>No theme</source>
        <translation>بلا موضوع</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="239"/>
        <location filename="../../desktop/excerpts/panel.py" line="285"/>
        <source>All themes</source>
        <translation>كل المواضيع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/excerpts/panel.py" line="258"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>لا مقتطفات</numerusform>
            <numerusform>مقتطف واحد</numerusform>
            <numerusform>مقتطفان</numerusform>
            <numerusform>%n مقتطفات</numerusform>
            <numerusform>%n مقتطفًا</numerusform>
            <numerusform>%n مقتطف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="260"/>
        <source>%1 of %2 excerpts</source>
        <translation>%1 من %2 مقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="272"/>
        <source>Filter excerpts</source>
        <translation>تصفية المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="273"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="274"/>
        <source>Export the excerpts (Ctrl+Shift+E)</source>
        <translation>تصدير المقتطفات (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="275"/>
        <source>Drag to reorder; double-click to open the passage</source>
        <translation>اسحب لإعادة الترتيب؛ انقر مرتين لفتح المقطع</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="276"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="280"/>
        <source>No grouping</source>
        <translation>دون تجميع</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="280"/>
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/panel.py" line="280"/>
        <source>By document</source>
        <translation>حسب الوثيقة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="206"/>
        <source>excerpts</source>
        <translation>مقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="257"/>
        <location filename="../../desktop/excerpts/export_dialog.py" line="347"/>
        <location filename="../../desktop/excerpts/export_dialog.py" line="350"/>
        <location filename="../../desktop/excerpts/export_dialog.py" line="424"/>
        <source>Export Excerpts</source>
        <translation>تصدير المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="258"/>
        <source>%1 files (*%2)</source>
        <translation>ملفات %1 (*%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/excerpts/export_dialog.py" line="297"/>
        <source>%n excerpt(s) to export</source>
        <translation>
            <numerusform>لا مقتطفات للتصدير</numerusform>
            <numerusform>مقتطف واحد للتصدير</numerusform>
            <numerusform>مقتطفان للتصدير</numerusform>
            <numerusform>%n مقتطفات للتصدير</numerusform>
            <numerusform>%n مقتطفًا للتصدير</numerusform>
            <numerusform>%n مقتطف للتصدير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="298"/>
        <source>No excerpt matches these choices.</source>
        <translation>لا مقتطف يطابق هذه الاختيارات.</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="313"/>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="335"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="351"/>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 موجود من قبل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="359"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="379"/>
        <source>Writing %v of %m</source>
        <translation>كتابة %v من %m</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="383"/>
        <source>Reading documents: %v of %m</source>
        <translation>قراءة الوثائق: %v من %m</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="388"/>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="396"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="398"/>
        <source>This format cannot be written here (%1).</source>
        <translation>لا يمكن الكتابة بهذه الصيغة هنا (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="400"/>
        <source>%1 cannot be written: permission denied.</source>
        <translation>تتعذر كتابة %1: الإذن مرفوض.</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="402"/>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="426"/>
        <source>Markdown (.md)</source>
        <translation>ماركداون (.md)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="426"/>
        <source>Web page (.html)</source>
        <translation>صفحة ويب (.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="427"/>
        <source>Word document (.docx)</source>
        <translation>مستند وورد (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="427"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="428"/>
        <source>Spreadsheet, CSV (.csv)</source>
        <translation>جدول بيانات، CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="428"/>
        <source>Data, JSON (.json)</source>
        <translation>بيانات، JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="430"/>
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="430"/>
        <source>By document</source>
        <translation>حسب الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="430"/>
        <source>No grouping</source>
        <translation>دون تجميع</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="438"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="439"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="440"/>
        <source>Citations (title, date, file, paragraph)</source>
        <translation>الإحالات (العنوان، التاريخ، الملف، الفقرة)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="441"/>
        <source>Themes tagged on whole documents</source>
        <translation>مواضيع الوثائق كاملةً</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="442"/>
        <source>The themes chart, by year (HTML, Word, PDF)</source>
        <translation>مخطط المواضيع حسب السنة (⁨HTML⁩ و⁨Word⁩ و⁨PDF⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="443"/>
        <source>Only excerpts with one of the checked themes (none checked: all)</source>
        <translation>المقتطفات ذات أحد المواضيع المحددة فقط (دون تحديد: الكل)</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="445"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="445"/>
        <source>Grouping:</source>
        <translation>التجميع:</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="445"/>
        <source>Include:</source>
        <translation>تضمين:</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="445"/>
        <source>Only themes:</source>
        <translation>المواضيع فقط:</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="445"/>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="449"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="450"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="451"/>
        <source>Markdown</source>
        <translation>ماركداون</translation>
    </message>
    <message>
        <location filename="../../desktop/excerpts/export_dialog.py" line="452"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <location filename="../../desktop/search/facets.py" line="113"/>
        <source>Narrow the results</source>
        <translation>تضييق النتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/search/facets.py" line="114"/>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../desktop/search/facets.py" line="115"/>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <location filename="../../desktop/search/facets.py" line="116"/>
        <source>Clear filters</source>
        <translation>إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../desktop/search/facets.py" line="117"/>
        <source>Themes and years of the results appear here.</source>
        <translation>تظهر هنا محاور النتائج وسنواتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/search/facets.py" line="157"/>
        <source>Show only results with %1</source>
        <translation>عرض النتائج المتعلقة بـ %1 فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/search/facets.py" line="25"/>
        <source>Undated</source>
        <translation>دون تاريخ</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../desktop/search/filter_chips.py" line="56"/>
        <source>Clear all</source>
        <translation>إلغاء الكل</translation>
    </message>
    <message>
        <location filename="../../desktop/search/filter_chips.py" line="57"/>
        <source>Show the results of every theme and year</source>
        <translation>عرض نتائج كل المحاور وكل السنوات</translation>
    </message>
    <message>
        <location filename="../../desktop/search/filter_chips.py" line="78"/>
        <source>Remove the filter %1</source>
        <translation>إزالة التصفية ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>IndexingController</name>
    <message numerus="yes">
        <location filename="../../desktop/session/indexing.py" line="92"/>
        <source>Indexing stopped: %n document(s) indexed before stopping.</source>
        <translation>
            <numerusform>توقفت الفهرسة: لم تُفهرس أي وثيقة قبل التوقف.</numerusform>
            <numerusform>توقفت الفهرسة: فُهرست وثيقة واحدة قبل التوقف.</numerusform>
            <numerusform>توقفت الفهرسة: فُهرست وثيقتان قبل التوقف.</numerusform>
            <numerusform>توقفت الفهرسة: فُهرست %n وثائق قبل التوقف.</numerusform>
            <numerusform>توقفت الفهرسة: فُهرست %n وثيقة قبل التوقف.</numerusform>
            <numerusform>توقفت الفهرسة: فُهرست %n وثيقة قبل التوقف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/session/indexing.py" line="94"/>
        <source>Index up to date: %n new or changed document(s).</source>
        <translation>
            <numerusform>الفهرس محدَّث: لا وثائق جديدة أو معدَّلة.</numerusform>
            <numerusform>الفهرس محدَّث: وثيقة واحدة جديدة أو معدَّلة.</numerusform>
            <numerusform>الفهرس محدَّث: وثيقتان جديدتان أو معدَّلتان.</numerusform>
            <numerusform>الفهرس محدَّث: %n وثائق جديدة أو معدَّلة.</numerusform>
            <numerusform>الفهرس محدَّث: %n وثيقة جديدة أو معدَّلة.</numerusform>
            <numerusform>الفهرس محدَّث: %n وثيقة جديدة أو معدَّلة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/session/indexing.py" line="102"/>
        <source>Indexing failed: %1</source>
        <translation>تعذّرت الفهرسة: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="199"/>
        <source>Opening the archive…</source>
        <translation>جارٍ فتح الأرشيف…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="200"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="236"/>
        <location filename="../../desktop/shell/main_window.py" line="497"/>
        <source>Wathaiq — %1</source>
        <translation>وثائق — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="240"/>
        <source>This archive is read-only: its notes and tags are shown but cannot be changed.</source>
        <translation>هذا الأرشيف للقراءة فقط: تُعرض ملاحظاته ووسومه ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="244"/>
        <source>This archive is also open in another Wathaiq window: edits in both are kept, and the other window&apos;s appear here when you reopen the archive.</source>
        <translation>هذا الأرشيف مفتوح أيضًا في نافذة أخرى لوثائق: تُحفظ التعديلات في النافذتين، وتظهر تعديلات النافذة الأخرى هنا عند إعادة فتح الأرشيف.</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="248"/>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="387"/>
        <source>Copied the passage with its citation</source>
        <translation>نُسخ المقطع مع إحالته</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="392"/>
        <source>Copied the citation of %1</source>
        <translation>نُسخت إحالة ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="399"/>
        <source>Cannot open %1: the file is gone or nothing opens it</source>
        <translation>يتعذر فتح ⁨%1⁩: الملف لم يعد موجودًا أو لا برنامج يفتحه</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="441"/>
        <source>Version %1</source>
        <translation>الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="442"/>
        <source>About Wathaiq</source>
        <translation>عن وثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="443"/>
        <source>&lt;h3&gt;Wathaiq (وثائق)&lt;/h3&gt;&lt;p&gt;An offline archive browser for Arabic briefing documents: search every spelling, read right to left with the hits highlighted.&lt;/p&gt;&lt;p&gt;Arabic text is set in Noto Naskh Arabic (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;وثائق (Wathaiq)&lt;/h3&gt;&lt;p&gt;متصفح أرشيف يعمل دون اتصال لوثائق الإحاطة العربية: بحث يشمل كل أشكال الكتابة، وقراءة من اليمين إلى اليسار مع إبراز مواضع البحث.&lt;/p&gt;&lt;p&gt;يُعرض النص العربي بخط Noto Naskh Arabic (رخصة SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="452"/>
        <source>Open an archive folder</source>
        <translation>فتح مجلد أرشيف</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="499"/>
        <source>Wathaiq</source>
        <translation>وثائق</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../desktop/annotate/marks.py" line="113"/>
        <source>Document tags (in italics: themes of tagged passages)</source>
        <translation>وسوم الوثيقة (بالمائل: محاور المقاطع الموسومة)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/common/messages.py" line="36"/>
        <source>There is no folder at %1.</source>
        <translation>لا يوجد مجلد في %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="38"/>
        <source>The archive is busy: another Wathaiq is updating it. Try again shortly.</source>
        <translation>الأرشيف مشغول: نسخة أخرى من وثائق تحدّثه. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="60"/>
        <source>The archive&apos;s database cannot be opened (%2).</source>
        <translation>تعذّر فتح قاعدة بيانات الأرشيف (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="130"/>
        <source>Nothing to search for: check the quotes and parentheses, or add a less common word.</source>
        <translation>لا شيء للبحث عنه: تحقّق من علامات الاقتباس والأقواس، أو أضف كلمة أقل شيوعًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="68"/>
        <source>%1 cannot be opened: it was moved, changed or deleted since the last indexing.</source>
        <translation>تعذّر فتح %1: ربما نُقل أو عُدّل أو حُذف منذ آخر فهرسة.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="44"/>
        <source>The archive&apos;s database was not opened: it holds objects Wathaiq did not make, which could change your notes behind your back (%2).</source>
        <translation>لم تُفتح قاعدة بيانات الأرشيف: فيها عناصر لم ينشئها وثائق، وقد تغيّر ملاحظاتك دون علمك (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="51"/>
        <source>This archive is read-only: its notes and tags are shown but cannot be changed.</source>
        <translation>هذا الأرشيف للقراءة فقط: تُعرض ملاحظاته ووسومه ولا يمكن تغييرها.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="55"/>
        <source>The archive was not opened: %2 is a link to somewhere else, and Wathaiq would write there.</source>
        <translation>لم يُفتح الأرشيف: %2 رابط إلى مكان آخر، وكان وثائق سيكتب هناك.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="64"/>
        <source>Not a date: write it as a year, a month or a day (2015, 2015-03 or 2015-03-12).</source>
        <translation>ليس تاريخًا: اكتبه سنة أو شهرًا أو يومًا (2015 أو 2015-03 أو 2015-03-12).</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="72"/>
        <source>%1 is not a usable backup, or cannot be written (%2).</source>
        <translation>‏%1 ليس نسخة احتياطية صالحة، أو لا يمكن الكتابة فيه (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="74"/>
        <source>%1 cannot be read (%2).</source>
        <translation>تعذّرت قراءة %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="76"/>
        <source>Something went wrong (%2).</source>
        <translation>حدث خطأ (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="84"/>
        <source>The archive&apos;s notes database %1 is missing.</source>
        <translation>قاعدة بيانات ملاحظات الأرشيف %1 مفقودة.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="85"/>
        <source>The archive&apos;s notes database %1 is empty.</source>
        <translation>قاعدة بيانات ملاحظات الأرشيف %1 فارغة.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="87"/>
        <source>The archive&apos;s notes database %1 is damaged.</source>
        <translation>قاعدة بيانات ملاحظات الأرشيف %1 تالفة.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="90"/>
        <source>There is no automatic backup of it.</source>
        <translation>ولا توجد نسخة احتياطية تلقائية منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="91"/>
        <source>The latest automatic backup is %1; restore it with the command: wathaiq restore --archive %2 %1</source>
        <translation>أحدث نسخة احتياطية تلقائية هي %1؛ استرجعها بالأمر: wathaiq restore --archive %2 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="99"/>
        <source>%1 is inside the archive: its documents and its Wathaiq folder are never written to. Choose a file outside the archive.</source>
        <translation>%1 داخل الأرشيف: لا يُكتب أبدًا في وثائقه ولا في مجلد وثائق الخاص به. اختر ملفًا خارج الأرشيف.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="103"/>
        <source>%1 is a device, not a file: choose a file.</source>
        <translation>%1 جهاز وليس ملفًا: اختر ملفًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="104"/>
        <source>%1 is a named pipe, not a file: choose a file.</source>
        <translation>%1 أنبوب مسمّى وليس ملفًا: اختر ملفًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="105"/>
        <source>%1 is a folder: choose a file name in it.</source>
        <translation>%1 مجلد: اختر اسم ملف داخله.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="106"/>
        <source>%1 exists already.</source>
        <translation>%1 موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="114"/>
        <source>The query is too complex to answer quickly: use fewer words, fewer * and ?, at most two differences after ~, or a longer start before *.</source>
        <translation>الاستعلام أعقد من أن يُجاب عنه بسرعة: استعمل كلمات أقل، وعددًا أقل من * و?، وفرقين على الأكثر بعد ~، أو بداية أطول قبل *.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="138"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="139"/>
        <source>not a text document</source>
        <translation>ليس وثيقة نصية</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="140"/>
        <source>too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="141"/>
        <source>unknown text encoding</source>
        <translation>ترميز نص غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="142"/>
        <source>damaged file</source>
        <translation>ملف تالف</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="143"/>
        <source>unsupported format</source>
        <translation>صيغة غير مدعومة</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="144"/>
        <source>cannot be opened</source>
        <translation>يتعذّر فتحه</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="145"/>
        <source>a link leading outside the archive</source>
        <translation>رابط يؤدي إلى خارج الأرشيف</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="153"/>
        <source>Date set by you</source>
        <translation>تاريخ حدّدته أنت</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="154"/>
        <source>Date from the file&apos;s own metadata</source>
        <translation>التاريخ من البيانات الوصفية للملف</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="155"/>
        <source>Date from the document&apos;s opening lines</source>
        <translation>التاريخ من السطور الأولى للوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="156"/>
        <source>Date from the folder the document is filed in</source>
        <translation>التاريخ من المجلد الذي حُفظت فيه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="157"/>
        <source>Date written in the document&apos;s text</source>
        <translation>التاريخ المكتوب في نص الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="159"/>
        <source>No date found in the file, its text or its folder</source>
        <translation>لم يُعثر على تاريخ في الملف ولا في نصه ولا في مجلده</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="119"/>
        <source>A quote is not closed: end the phrase with a second &quot;.</source>
        <translation>علامة الاقتباس غير مغلقة: أنهِ العبارة بعلامة &quot; ثانية.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="121"/>
        <source>“%1” is not a year: write it with four digits, as in year:2013.</source>
        <translation>«⁨%1⁩» ليست سنة: اكتبها بأربعة أرقام، مثل ⁦year:2013⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="125"/>
        <source>There is no theme “%1”. Did you mean theme:%2?</source>
        <translation>لا يوجد محور «⁨%1⁩». هل تقصد ⁦theme:%2⁩؟</translation>
    </message>
    <message>
        <location filename="../../desktop/common/messages.py" line="129"/>
        <source>There is no theme “%1”.</source>
        <translation>لا يوجد محور «⁨%1⁩».</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../desktop/reader/margin.py" line="197"/>
        <source>Created %1</source>
        <translation>أُنشئت %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/margin.py" line="198"/>
        <source>Modified %1</source>
        <translation>عُدّلت %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/margin.py" line="200"/>
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/margin.py" line="201"/>
        <source>Delete this note</source>
        <translation>حذف هذه الملاحظة</translation>
    </message>
</context>
<context>
    <name>NotesMargin</name>
    <message numerus="yes">
        <location filename="../../desktop/reader/margin.py" line="359"/>
        <source>%n annotation(s) lost their passage</source>
        <translation>
            <numerusform>لم يفقد أي تعليق مقطعه</numerusform>
            <numerusform>تعليق واحد فقد مقطعه</numerusform>
            <numerusform>تعليقان فقدا مقطعيهما</numerusform>
            <numerusform>%n تعليقات فقدت مقاطعها</numerusform>
            <numerusform>%n تعليقا فقد مقطعه</numerusform>
            <numerusform>%n تعليق فقد مقطعه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reader/margin.py" line="360"/>
        <source>The document changed and these could not be found again: list them</source>
        <translation>تغيّرت الوثيقة ولم يُعثر على مقاطع هذه التعليقات: اعرضها</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="40"/>
        <source>Annotations That Lost Their Passage</source>
        <translation>تعليقات فقدت مقاطعها</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="43"/>
        <source>The document changed since these were made and their passage could not be found again. They are kept until you delete them.</source>
        <translation>تغيّرت الوثيقة بعد كتابة هذه التعليقات ولم يُعثر على مقاطعها من جديد. تبقى محفوظة إلى أن تحذفها.</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="56"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="56"/>
        <source>(empty)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="58"/>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="60"/>
        <source>Tag: %1</source>
        <translation>وسم: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/orphans_dialog.py" line="65"/>
        <source>Delete Selected</source>
        <translation>حذف المحدد</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../desktop/overview/controller.py" line="70"/>
        <source>&amp;Theme Overview…</source>
        <translation>&amp;نظرة عامة على المواضيع…</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/controller.py" line="71"/>
        <source>Themes across the archive: a matrix and a chart over time</source>
        <translation>المواضيع عبر الأرشيف: جدول ومخطط عبر الزمن</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop/shell/problems_dialog.py" line="70"/>
        <source>Files that could not be read</source>
        <translation>ملفات تعذّرت قراءتها</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/problems_dialog.py" line="71"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/problems_dialog.py" line="71"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/problems_dialog.py" line="71"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/problems_dialog.py" line="85"/>
        <source>%n file(s) were skipped by the last indexing. They stay in the folder untouched; double-click one to open its folder.</source>
        <translation>
            <numerusform>لم تتجاوز آخر فهرسة أي ملف.</numerusform>
            <numerusform>تجاوزت آخر فهرسة ملفًا واحدًا. يبقى في مجلده دون تغيير؛ انقر عليه نقرًا مزدوجًا لفتح مجلده.</numerusform>
            <numerusform>تجاوزت آخر فهرسة ملفين. يبقيان في المجلد دون تغيير؛ انقر على أحدهما نقرًا مزدوجًا لفتح مجلده.</numerusform>
            <numerusform>تجاوزت آخر فهرسة %n ملفات. تبقى في المجلد دون تغيير؛ انقر على أحدها نقرًا مزدوجًا لفتح مجلده.</numerusform>
            <numerusform>تجاوزت آخر فهرسة %n ملفًا. تبقى في المجلد دون تغيير؛ انقر على أحدها نقرًا مزدوجًا لفتح مجلده.</numerusform>
            <numerusform>تجاوزت آخر فهرسة %n ملف. تبقى في المجلد دون تغيير؛ انقر على أحدها نقرًا مزدوجًا لفتح مجلده.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../desktop/reader/panel.py" line="384"/>
        <source>Undated</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="399"/>
        <source>No hits</source>
        <translation>لا مواضع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reader/panel.py" line="401"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>لا مواضع</numerusform>
            <numerusform>موضع واحد</numerusform>
            <numerusform>موضعان</numerusform>
            <numerusform>%n مواضع</numerusform>
            <numerusform>%n موضعًا</numerusform>
            <numerusform>%n موضع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="403"/>
        <source>Hit %1 of %2</source>
        <translation>الموضع %1 من %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="411"/>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="412"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="413"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="416"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>الموضع السابق (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="417"/>
        <source>Next hit (F3)</source>
        <translation>الموضع التالي (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="418"/>
        <source>Find in this document</source>
        <translation>بحث في هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="419"/>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/panel.py" line="251"/>
        <location filename="../../desktop/reader/panel.py" line="421"/>
        <source>Choose a result to read it here.</source>
        <translation>اختر نتيجة لقراءتها هنا.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/search/panel.py" line="236"/>
        <source>Search the archive (Ctrl+K)</source>
        <translation>ابحث في الأرشيف (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="238"/>
        <source>Words are found in every spelling; quotes for a phrase, * for a prefix, OR, NOT, and theme: year: title: path: filters</source>
        <translation>تُطابَق الكلمات بكل أشكال كتابتها؛ علامتا الاقتباس لعبارة، و* لبادئة، وOR وNOT، ومرشّحات theme: وyear: وtitle: وpath:</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="241"/>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="242"/>
        <source>Relevance</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="243"/>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="244"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="255"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="257"/>
        <source>Open Original &amp;File</source>
        <translation>فتح ال&amp;ملف الأصلي</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="258"/>
        <source>Show in F&amp;older</source>
        <translation>عرض في ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="260"/>
        <source>&amp;Copy Citation</source>
        <translation>&amp;نسخ الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="279"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/search/panel.py" line="284"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي وثيقة</numerusform>
            <numerusform>وُجدت وثيقة واحدة</numerusform>
            <numerusform>وُجدت وثيقتان</numerusform>
            <numerusform>وُجدت %n وثائق</numerusform>
            <numerusform>وُجدت %n وثيقة</numerusform>
            <numerusform>وُجدت %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/search/panel.py" line="286"/>
        <source>(showing the first %n)</source>
        <translation>
            <numerusform>(تُعرض أول %n)</numerusform>
            <numerusform>(تُعرض الأولى فقط)</numerusform>
            <numerusform>(تُعرض الأوليان فقط)</numerusform>
            <numerusform>(تُعرض أول %n)</numerusform>
            <numerusform>(تُعرض أول %n)</numerusform>
            <numerusform>(تُعرض أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/search/panel.py" line="288"/>
        <source>Type to search %n document(s)</source>
        <translation>
            <numerusform>الأرشيف فارغ بعد</numerusform>
            <numerusform>اكتب للبحث في وثيقة واحدة</numerusform>
            <numerusform>اكتب للبحث في وثيقتين</numerusform>
            <numerusform>اكتب للبحث في %n وثائق</numerusform>
            <numerusform>اكتب للبحث في %n وثيقة</numerusform>
            <numerusform>اكتب للبحث في %n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="298"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="299"/>
        <source>clear filters</source>
        <translation>إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../desktop/search/panel.py" line="300"/>
        <source>No documents match the filters %1 — %2</source>
        <translation>لا وثائق تطابق التصفية %1 — %2</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="63"/>
        <source>Indexing…</source>
        <translation>جارٍ الفهرسة…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="81"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="89"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="90"/>
        <source>Stop indexing (what is done is kept)</source>
        <translation>إيقاف الفهرسة (يُحفظ ما أُنجز)</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="91"/>
        <source>Show the files that could not be read</source>
        <translation>عرض الملفات التي تعذّرت قراءتها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/status_bar.py" line="102"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/status_bar.py" line="105"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="112"/>
        <source>Scanning %v of %m</source>
        <translation>فحص %v من %m</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="114"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="116"/>
        <source>Tidying the index %v of %m</source>
        <translation>ترتيب الفهرس %v من %m</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="118"/>
        <source>Preparing fast search %v of %m</source>
        <translation>تهيئة البحث السريع %v من %m</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="120"/>
        <source>Indexing %v of %m</source>
        <translation>فهرسة %v من %m</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="37"/>
        <source>Documents with every word, in any spelling (hamza, ta marbuta, alef maqsura, diacritics, tatweel, Arabic-Indic digits)</source>
        <translation>الوثائق التي فيها كل الكلمات، بأي كتابة (الهمزة، التاء المربوطة، الألف المقصورة، التشكيل، التطويل، الأرقام الهندية)</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="39"/>
        <source>The exact phrase: its words together, in this order</source>
        <translation>العبارة بعينها: كلماتها متتالية بهذا الترتيب</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="40"/>
        <source>Either word (OR in capitals)</source>
        <translation>إحدى الكلمتين (OR بحروف كبيرة)</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="41"/>
        <source>The first word, leaving out documents with the second (NOT in capitals)</source>
        <translation>الكلمة الأولى، مع استبعاد الوثائق التي فيها الثانية (NOT بحروف كبيرة)</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="43"/>
        <source>Parentheses group words</source>
        <translation>الأقواس تجمع الكلمات</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="44"/>
        <source>Words that start with these letters</source>
        <translation>الكلمات التي تبدأ بهذه الحروف</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="45"/>
        <source>Words spelled nearly like this one</source>
        <translation>الكلمات المكتوبة كتابة قريبة من هذه</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="46"/>
        <source>Documents tagged with a theme, by its id (security, trade, migration…)</source>
        <translation>الوثائق الموسومة بمحور، باسمه الرمزي (⁦security, trade, migration…⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="48"/>
        <source>Documents of one year</source>
        <translation>وثائق سنة واحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="49"/>
        <source>Documents of a range of years</source>
        <translation>وثائق مدة من السنوات</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="50"/>
        <source>A word in the title</source>
        <translation>كلمة في العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="51"/>
        <source>Files whose path in the archive starts like this</source>
        <translation>الملفات التي يبدأ مسارها في الأرشيف هكذا</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="55"/>
        <source>Search Syntax</source>
        <translation>صيغة البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="60"/>
        <source>Type words to find the documents that have all of them. These forms narrow or widen a search; they can be combined.</source>
        <translation>اكتب كلمات لتجد الوثائق التي فيها كلها. هذه الصيغ تضيّق البحث أو توسّعه، ويمكن الجمع بينها.</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/syntax_help.py" line="62"/>
        <source>The themes and years beside the results narrow a search too; the filters in use are shown over the results.</source>
        <translation>المحاور والسنوات بجانب النتائج تضيّق البحث أيضًا؛ وتظهر التصفية المستعملة فوق النتائج.</translation>
    </message>
</context>
<context>
    <name>ThemeOverviewDialog</name>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="162"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="174"/>
        <source>No tagged documents or coded passages yet.</source>
        <translation>لا وثائق موسومة ولا مقاطع مرمّزة بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="205"/>
        <source>Undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="207"/>
        <source>(top folder)</source>
        <translation>(المجلد الأعلى)</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="213"/>
        <source>No coded passage in this cell.</source>
        <translation>لا مقطع مرمّزا في هذه الخانة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/overview/dialog.py" line="216"/>
        <source>%1, %2: %n passage(s)</source>
        <translation>
            <numerusform>%1، %2: لا مقاطع</numerusform>
            <numerusform>%1، %2: مقطع واحد</numerusform>
            <numerusform>%1، %2: مقطعان</numerusform>
            <numerusform>%1، %2: ⁨%n⁩ مقاطع</numerusform>
            <numerusform>%1، %2: ⁨%n⁩ مقطعًا</numerusform>
            <numerusform>%1، %2: ⁨%n⁩ مقطع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="232"/>
        <source>PNG image (*.png)</source>
        <translation>صورة ⁨PNG (*.png)⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="232"/>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم ⁨SVG (*.svg)⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="233"/>
        <source>Save the Chart</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="243"/>
        <source>Chart saved to %1</source>
        <translation>حُفظ المخطط في %1</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="248"/>
        <source>Theme Overview</source>
        <translation>نظرة عامة على المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="249"/>
        <source>Matrix</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="250"/>
        <source>Chart</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="251"/>
        <source>Count by:</source>
        <translation>العدّ حسب:</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="252"/>
        <source>Over:</source>
        <translation>عبر:</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="253"/>
        <source>Each cell: tagged documents · coded passages. Enter or double-click opens its passages.</source>
        <translation>في كل خانة: الوثائق الموسومة · المقاطع المرمّزة. يفتح ⁨Enter⁩ أو النقر المزدوج مقاطعها.</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="255"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="255"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="255"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="256"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="264"/>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة ⁨PNG⁩…</translation>
    </message>
    <message>
        <location filename="../../desktop/overview/dialog.py" line="265"/>
        <source>Save as SVG…</source>
        <translation>حفظ بصيغة ⁨SVG⁩…</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="164"/>
        <source>%1 (tagged)</source>
        <translation>%1 (موسوم)</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="168"/>
        <source>Evidence: %1</source>
        <translation>الشواهد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="178"/>
        <source>Looking for themes…</source>
        <translation>جارٍ البحث عن المحاور…</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="180"/>
        <source>No suggestions: the document could not be read.</source>
        <translation>لا اقتراحات: تعذّرت قراءة الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="182"/>
        <source>No theme suggested for this document.</source>
        <translation>لا محور مقترح لهذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="184"/>
        <source>Open a document to see its themes.</source>
        <translation>افتح وثيقة لترى محاورها.</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="213"/>
        <source>Document tags</source>
        <translation>وسوم الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="214"/>
        <source>Suggested themes</source>
        <translation>المحاور المقترحة</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="215"/>
        <source>Remove Tag</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="216"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="217"/>
        <source>Tag the document with this theme</source>
        <translation>وسم الوثيقة بهذا المحور</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="218"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../desktop/annotate/themes_panel.py" line="219"/>
        <source>Do not suggest this theme for this document again</source>
        <translation>لا تقترح هذا المحور لهذه الوثيقة مجددا</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <location filename="../../desktop/shell/logs.py" line="51"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/logs.py" line="52"/>
        <source>Wathaiq hit an error it did not expect: %1. Your tags and notes are saved; the details were written to %2.</source>
        <translation>صادف وثائق خطأ لم يكن متوقعا: %1. وسومك وملاحظاتك محفوظة، وكُتبت التفاصيل في %2.</translation>
    </message>
</context>
</TS>
