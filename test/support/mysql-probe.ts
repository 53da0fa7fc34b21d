export function mysqlTestUrl(): string {
  return process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306/test';
}

/** Null when the server answers, otherwise the reason it does not. */
export async function probeMysql(url: string): Promise<string | null> {
  const mysql = await import('mysql2/promise');
  const parsed = new URL(url);
  try {
    const connection = await mysql.createConnection({
      host: parsed.hostname,
      port: Number(parsed.port || 3306),
      user: decodeURIComponent(parsed.username || 'root'),
      password: decodeURIComponent(parsed.password),
      connectTimeout: 3000,
    });
    await connection.query('SELECT 1');
    await connection.end();
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  }
}
