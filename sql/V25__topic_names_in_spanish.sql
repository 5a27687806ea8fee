-- Issue 19: a topic's name in Spanish, where the clerks give one; pages in Spanish show it, else the English name
-- marked as such. The default topics get theirs.
ALTER TABLE topic ADD COLUMN name_es VARCHAR(120) NULL;
UPDATE topic SET name_es = 'Personas mayores e ingresos fijos' WHERE name = 'Seniors and fixed incomes';
UPDATE topic SET name_es = 'Costo de la vivienda' WHERE name = 'Shelter costs';
UPDATE topic SET name_es = 'Policía y seguridad pública' WHERE name = 'Police and public safety';
UPDATE topic SET name_es = 'Escuelas' WHERE name = 'Schools';
UPDATE topic SET name_es = 'Impacto en los negocios' WHERE name = 'Business impact';
UPDATE topic SET name_es = 'Parques y bibliotecas' WHERE name = 'Parks and libraries';
UPDATE topic SET name_es = 'Calles y transporte público' WHERE name = 'Streets and transit';
UPDATE topic SET name_es = 'Gasto público' WHERE name = 'Government spending';
