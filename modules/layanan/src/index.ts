// Public surface of the personnel-services module (workflow engine, KGB, kenaikan pangkat, pensiun, notifikasi). Add exports as actions land.
