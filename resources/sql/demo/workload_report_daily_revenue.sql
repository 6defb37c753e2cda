SELECT date_trunc('day', created_at) AS day, sum(-amount) AS revenue, count(*) AS purchases
FROM ticketing.transactions
WHERE kind = 'purchase' AND created_at >= now() - $1::interval
GROUP BY 1
ORDER BY 1
