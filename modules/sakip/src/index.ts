// Public surface of the SAKIP module (Renstra, Perjanjian Kinerja, realisasi, LKjIP). Add exports as actions land.
