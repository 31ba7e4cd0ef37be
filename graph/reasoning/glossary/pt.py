"""Portuguese to English, the words of shop support (folded: lower-case, no accents)."""

WORDS = {
    # greetings, courtesy, requests
    "ola": "hello", "oi": "hi", "bom dia": "good morning", "boa tarde": "good afternoon", "obrigado": "thanks",
    "obrigada": "thanks", "por favor": "please", "pfv": "please", "desculpe": "sorry", "ajuda": "help",
    "ajudar": "help", "preciso": "i need", "quero": "i want", "gostaria": "i would like", "posso": "can i",
    "pode": "can you", "podem": "can you", "poderia": "could you", "tenho": "i have", "tem": "is there",
    "dizer": "tell", "me dizer": "tell me", "saber": "know",
    "problema": "problem", "ultimo": "last", "ultima": "last", "problemas": "problems", "fatura": "invoice", "alfandega": "customs", "recibo": "receipt",
    "cobram": "charge", "cobrar": "charge",
    "verificar": "check", "checar": "check", "conferir": "check", "atrasada": "delayed", "atrasadas": "delayed",
    "atrasados": "delayed",
    # pronouns, function words
    "eu": "i", "meu": "my", "minha": "my", "meus": "my", "minhas": "my", "me": "me", "voce": "you",
    "voces": "you", "seu": "your", "sua": "your", "o": "the", "a": "the", "os": "the", "as": "the", "um": "a",
    "uma": "a", "de": "of", "do": "of the", "da": "of the", "no": "in the", "na": "in the", "em": "in",
    "com": "with", "sem": "without", "para": "for", "pra": "for", "por": "for", "que": "that", "e": "and",
    "ou": "or", "mas": "but", "porque": "because", "se": "if", "nao": "not", "ja": "already", "ainda": "still",
    "nunca": "never", "nada": "nothing", "ninguem": "nobody", "esse": "this", "essa": "this", "isso": "this",
    "este": "this", "esta": "is", "estao": "are", "estou": "i am", "foi": "was", "era": "was", "ha": "ago",
    "desde": "since", "hoje": "today", "ontem": "yesterday", "amanha": "tomorrow", "semana": "week",
    "semanas": "weeks", "dia": "day", "dias": "days", "mes": "month", "vez": "time", "vezes": "times",
    "duas": "two", "dois": "two", "apenas": "only", "somente": "only", "tres": "three", "muito": "very", "mais": "more",
    # questions
    "cade": "where is", "onde": "where", "quando": "when", "como": "how", "qual": "what", "quanto": "how much",
    "quanto tempo": "how long", "por que": "why", "porque nao": "why not",
    "o que significa": "what does it mean", "o que quer dizer": "what does it mean", "que significa": "what does it mean",
    "significa": "means", "quer dizer": "means",
    # an order that has left ("a minha encomenda já saiu?")
    "saiu": "shipped", "a caminho": "on its way",
    # orders and delivery
    # tracking statuses, for "what does this status mean?"
    "excecao de entrega": "delivery exception", "tentativa de entrega": "delivery attempted", "em transito": "in transit", "transito": "transit", "retido": "held", "deposito": "depot",
    "pedido": "order", "pedidos": "orders", "encomenda": "order", "compra": "purchase", "comprei": "i bought",
    "pacote": "parcel", "envio": "shipping", "enviado": "shipped", "enviar": "send", "entrega": "delivery",
    "entregar": "deliver", "entregue": "delivered", "entregador": "courier", "transportadora": "carrier",
    "correios": "post", "rastreio": "tracking", "rastreamento": "tracking", "codigo de rastreio":
    "tracking number", "numero": "number", "chegar": "arrive", "chegou": "arrived", "recebi": "i received",
    "receber": "receive", "status": "status", "atraso": "delay", "atrasado": "delayed", "perdido": "lost",
    "faltando": "missing", "esperando": "waiting", "esperando ha": "waiting for", "frete": "shipping cost", "frete gratis": "free shipping",
    "internacional": "international", "endereco": "address", "mudar": "change", "alterar": "change",
    "errado": "wrong", "errada": "wrong", "loja": "store", "retirar": "collect",
    # returns, refunds, money
    "devolver": "return", "devolucao": "return", "trocar": "exchange", "troca": "exchange",
    "reembolso": "refund", "estorno": "refund", "dinheiro": "money", "cobrado": "charged",
    "cobraram": "charged", "cobranca": "charge", "pagamento": "payment", "pagar": "pay", "paguei": "i paid",
    "cartao": "card", "cartao presente": "gift card", "banco": "bank", "boleto": "payment slip",
    "nota fiscal": "invoice", "preco": "price", "custa": "costs", "custo": "cost", "valor": "amount", "desconto": "discount", "saldos": "sale", "em saldo": "on sale", "em saldos": "on sale", "promocao": "sale", "em promocao": "on sale", "cupom": "coupon", "codigo": "code",
    "parcelado": "instalments", "cancelar": "cancel", "cancelamento": "cancellation", "politica": "policy",
    "etiqueta": "label",
    # goods
    "produto": "product", "item": "item", "tamanho": "size", "grande": "big", "pequeno": "small",
    "cor": "colour", "quebrado": "broken", "quebrada": "broken", "danificado": "damaged",
    "defeito": "defect", "furo": "hole", "mancha": "stain", "disponivel": "available", "estoque": "stock",
    "tenis": "trainers", "sapato": "shoes", "camiseta": "t-shirt", "jaqueta": "jacket", "calca": "trousers",
    "vestido": "dress",
    # account
    "conta": "account", "senha": "password",
    # body measures, for the size they fall in (tools/oms/size_fit.py)
    "peito": "chest", "busto": "bust", "quadril": "hip", "entreperna": "inseam",
    # account again: forgetting a password and resetting it, then signing in
    "esqueci": "forgot", "esquecido": "forgot", "esquecer": "forget", "redefinir": "reset", "entrar": "log in",
    "consigo": "i can", "nao consigo": "i can not",
    "login": "login", "acessar": "access",
    "email": "email", "e-mail": "email",
    # feelings and staff
    "reclamacao": "complaint", "reclamar": "complain", "pessimo": "terrible", "horrivel": "terrible",
    "atendente": "agent", "pessoa": "person", "humano": "human",
    # what an order holds ("o que eu pedi?", "que tamanho eu pedi?")
    "pedi": "ordered", "o que eu pedi": "what did i order", "o que pedi": "what did i order",
    "que tamanho": "what size", "que cor": "what colour", "quais artigos": "which items", "artigos": "items",
    # where the driver leaves a parcel ("deixar com um vizinho")
    "vizinho": "neighbour", "vizinha": "neighbour", "deixar": "leave", "estafeta": "courier",
    "instrucoes": "instructions", "instrucoes de entrega": "delivery instructions", "adiciono": "i add",
    "adicionar": "add", "porta": "door", "lugar seguro": "safe place",
    # what time it comes ("a que horas chega?")
    "a que horas": "what time", "que horas": "what time", "horario de entrega": "delivery time",
    # a tracking number that does not work ("não funciona", "não foi encontrada")
    "funciona": "works", "nao funciona": "does not work", "encontrada": "found", "encontrado": "found",
    "correto": "correct", "diz": "says",
    # how fast delivery can be ("entrega no dia seguinte", "hora limite")
    "seguinte": "next", "dia seguinte": "next day", "no dia seguinte": "the next day", "hora limite": "cut-off time",
    "limite": "limit", "mesmo dia": "same day", "no mesmo dia": "the same day",
    # whether it fits ("se não servir")
    "servir": "fit", "serve": "fits", "nao serve": "does not fit", "nao servir": "does not fit", "ficar bem": "fit",
    # where to (countries) and shipping verbs ("vocês enviam para a Suíça?")
    "japao": "japan", "noruega": "norway",
    "enviam": "ship", "entregam": "deliver", "suica": "switzerland", "alemanha": "germany", "franca": "france",
    "espanha": "spain", "italia": "italy", "reino unido": "united kingdom", "estados unidos": "united states",
    "irlanda": "ireland", "brasil": "brazil",
    # all but some, and more goods ("devolver tudo exceto o casaco")
    "tudo": "everything", "todos": "all", "exceto": "except", "menos o": "except the", "menos a": "except the",
    "casaco": "coat", "moletom": "sweatshirt", "botas": "boots", "gorro": "beanie", "cinto": "belt",
    "saia": "skirt", "camisa": "shirt", "sandalias": "sandals", "sueter": "sweater",
    # washing and drying ("como lavo a camisola?")
    "lavar": "wash", "lavo": "wash", "maquina de lavar": "washing machine", "secadora": "tumble dryer",
    "secar": "dry", "passar a ferro": "iron", "encolhe": "shrinks", "impermeavel": "waterproof",
    # "voces entregam em Portugal?", a student discount
    "voces entregam": "do you deliver", "voces enviam": "do you ship", "entregam em": "deliver to",
    "enviam para": "ship to", "estudante": "student", "estudantes": "students",
    # a return label that gives trouble ("a etiqueta de devolução expirou")
    "etiqueta de devolucao": "return label", "expirou": "has expired", "perdi": "I lost", "impressora": "printer",
    # goods sent back, refunded or worn ("devolvi a encomenda e não fui reembolsado")
    "reembolsado": "refunded", "reembolsada": "refunded", "devolvi": "i returned", "devolvido": "returned",
    "usado": "worn", "usados": "worn", "usadas": "worn", "alguma coisa": "something", "algo": "something",
    "estragado": "damaged", "muito grande": "too big", "muito pequeno": "too small",
}
