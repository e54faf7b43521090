<SUBMISSION>
<ACCESSION-NUMBER>0009990002-23-000107
<TYPE>8-K
<PUBLIC-DOCUMENT-COUNT>1
<PERIOD>20231106
<ITEMS>5.02
<ITEMS>9.01
<FILING-DATE>20231108
<DATE-OF-FILING-DATE-CHANGE>20231108
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>NORTHWIND ORCHARD FOODS INC
<CIK>0009990002
<ASSIGNED-SIC>2030
<IRS-NUMBER>990000002
<STATE-OF-INCORPORATION>WA
<FISCAL-YEAR-END>0630
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>8-K
<ACT>34
<FILE-NUMBER>001-99002
<FILM-NUMBER>231399107
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>2200 CIDER MILL ROAD
<CITY>WENATCHEE
<STATE>WA
<ZIP>98801
<PHONE>509-555-0142
</BUSINESS-ADDRESS>
<MAIL-ADDRESS>
<STREET1>PO BOX 2200
<CITY>WENATCHEE
<STATE>WA
<ZIP>98807
</MAIL-ADDRESS>
</FILER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>nwof-8k_20231108.htm
<DESCRIPTION>FORM 8-K
<TEXT>
<html>
<head><title>Northwind Orchard Foods Inc. Form 8-K</title></head>
<body>
<p style="text-align:center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM 8-K</b><br>CURRENT REPORT</p>
<p style="text-align:center">Date of Report (Date of earliest event reported): November 6, 2023</p>
<p style="text-align:center"><b>NORTHWIND ORCHARD FOODS INC.</b><br>(Exact name of registrant as specified in its charter)</p>
<p><i>Fictional sample filing: Northwind Orchard Foods Inc. does not exist. Written for the EDGAR Archive sample archive.</i></p>
<p><b>Item 5.02 Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers.</b></p>
<p>On November 6, 2023, the Board of Directors of Northwind Orchard Foods Inc. appointed Priya Halvorsen as Chief Operating Officer, effective January 1, 2024. Ms. Halvorsen, 47, has led the company&#8217;s cold storage and cider operations since 2017.</p>
<p><b>Item 9.01 Financial Statements and Exhibits.</b></p>
<p>(d) Exhibits: 104 Cover Page Interactive Data File (embedded within the Inline XBRL document).</p>
<p style="text-align:center"><b>SIGNATURES</b></p>
<p>NORTHWIND ORCHARD FOODS INC.<br>By: /s/ Elias Brandt<br>Elias Brandt, General Counsel<br>Date: November 8, 2023</p>
</body>
</html>
</TEXT>
</DOCUMENT>
</SUBMISSION>
