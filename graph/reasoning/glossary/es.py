"""Spanish to English, the words of shop support (folded: lower-case, no accents)."""

WORDS = {
    # people, greetings, courtesy
    "hola": "hello", "buenas": "hello", "buenos dias": "good morning", "buenas tardes": "good afternoon",
    "gracias": "thanks", "muchas gracias": "thank you very much", "por favor": "please", "porfa": "please",
    "saludos": "regards", "un saludo": "regards", "disculpe": "excuse me", "perdon": "sorry", "ayuda": "help",
    "ayudar": "help", "ayudame": "help me", "ayudenme": "help me", "me ayudan": "can you help me",
    "necesito": "i need", "quiero": "i want", "quisiera": "i would like", "me gustaria": "i would like",
    "puedo": "can i", "no puedo": "i can not", "no pude": "i could not", "no podemos": "we can not", "puede": "can you", "pueden": "can you", "podrian": "could you", "podria": "could",
    "decir": "tell", "decirme": "tell me", "digan": "tell", "diga": "tell", "saber": "know",
    "problema": "problem", "ultimo": "last", "ultima": "last", "pido": "i order", "problemas": "problems", "aduana": "customs", "aduanas": "customs", "recibo": "receipt",
    "cobran": "charge", "cobrar": "charge", "cobrais": "charge", "mandar": "send",
    "revisar": "check", "comprobar": "check", "verificar": "check", "chequear": "check", "mirar": "look at",
    "tengo": "i have", "tiene": "has", "tienen": "do you have", "hay": "is there",
    # pronouns, function words
    "yo": "i", "mi": "my", "mis": "my", "me": "me", "tu": "your", "su": "your", "sus": "your", "usted": "you",
    "ustedes": "you", "lo": "it", "la": "the", "el": "the", "los": "the", "las": "the", "un": "a", "una": "a",
    "unos": "some", "unas": "some", "de": "of", "del": "of the", "al": "to the", "a": "to", "en": "in",
    "con": "with", "sin": "without", "para": "for", "por": "for", "que": "that", "y": "and", "o": "or",
    "pero": "but", "porque": "because", "si": "if", "no": "not", "ya": "already", "todavia": "still",
    "aun": "still", "nunca": "never", "nada": "nothing", "ninguno": "none", "ninguna": "none",
    "nadie": "nobody", "este": "this", "esta": "is", "esto": "this", "eso": "that", "ese": "that", "muy": "very",
    "mas": "more", "menos": "less", "otro": "another", "otra": "another", "es": "is", "son": "are",
    "estoy": "i am", "estan": "are", "fue": "was", "era": "was", "ha": "has", "he": "i have", "han": "have",
    "hace": "ago", "desde": "since", "hasta": "until", "hoy": "today", "ayer": "yesterday", "manana": "tomorrow",
    "semana": "week", "semanas": "weeks", "dia": "day", "dias": "days", "mes": "month", "vez": "time",
    "veces": "times", "uno": "one", "dos": "two", "tres": "three", "solo": "only", "solamente": "only",
    "unicamente": "only",
    # questions
    "donde": "where", "cuando": "when", "como": "how", "cual": "what", "cuanto": "how much",
    "cuanto tiempo": "how long", "cuantos": "how many", "por que": "why", "que pasa": "what is happening",
    "que significa": "what does it mean", "que quiere decir": "what does it mean", "significa": "means",
    "quiere decir": "means", "lo que significa": "which means", "lo que quiere decir": "which means",
    # an order that has left ("¿ya salió mi pedido?")
    "salio": "shipped", "ha salido": "has shipped", "salido": "shipped", "en camino": "on its way",
    # orders and delivery
    # tracking statuses, for "what does this status mean?"
    "excepcion de entrega": "delivery exception", "intento de entrega": "delivery attempted", "en transito": "in transit", "transito": "transit", "retenido": "held", "deposito": "depot",
    "pedido": "order", "pedidos": "orders", "orden": "order", "compra": "purchase", "compre": "i bought",
    "comprado": "bought", "paquete": "parcel", "paquetes": "parcels", "envio": "shipping", "envios": "shipping",
    "enviar": "send", "enviado": "shipped", "enviaron": "sent", "entrega": "delivery", "entregar": "deliver",
    "entregado": "delivered", "repartidor": "courier", "mensajero": "courier", "transportista": "carrier",
    "seguimiento": "tracking", "numero de seguimiento": "tracking number", "numero": "number",
    "llegar": "arrive", "llega": "arrives", "llegado": "arrived", "llego": "arrived", "llegara": "will arrive",
    "recibido": "received", "recibi": "i received", "recibir": "receive", "estado": "status",
    "retraso": "delay", "retrasado": "delayed", "tarde": "late", "perdido": "lost", "falta": "missing",
    "faltan": "missing", "esperando": "waiting", "espero": "i wait",
    # a wait that has lasted ("llevo dos semanas esperando": I have been waiting for two weeks)
    "llevo": "i have been", "desde hace": "for", "esperando desde hace": "waiting for", "gastos de envio": "shipping cost",
    "envio gratis": "free shipping", "internacional": "international", "direccion": "address",
    "cambiar": "change", "cambio": "exchange", "modificar": "change", "equivocada": "wrong", "equivocado": "wrong",
    "incorrecto": "wrong", "incorrecta": "wrong", "tienda": "store", "recoger": "collect",
    # returns, refunds, money
    "devolver": "return", "devolucion": "return", "devoluciones": "returns", "reembolso": "refund",
    "reembolsar": "refund", "devuelvan el dinero": "refund", "dinero": "money", "cobrado": "charged",
    "cobraron": "charged", "cobro": "charge", "cargo": "charge", "pago": "payment", "pagar": "pay",
    "pague": "i paid", "tarjeta": "card", "tarjeta regalo": "gift card", "banco": "bank", "factura": "invoice",
    "precio": "price", "descuento": "discount", "rebajas": "sale", "rebaja": "sale", "en rebajas": "on sale", "rebajado": "on sale", "rebajada": "on sale", "en oferta": "on sale", "codigo": "code", "cupon": "coupon", "plazos": "instalments",
    "cancelar": "cancel", "cancelacion": "cancellation", "anular": "cancel", "politica": "policy",
    "etiqueta": "label", "cambiarlo": "exchange it",
    # goods
    "producto": "product", "articulo": "item", "talla": "size", "tallas": "sizes", "grande": "big",
    "pequeno": "small", "pequena": "small", "color": "colour", "roto": "broken", "rota": "broken",
    "danado": "damaged", "danada": "damaged", "defectuoso": "defective", "agujero": "hole",
    "mancha": "stain", "disponible": "available", "stock": "stock", "material": "material",
    "zapatillas": "trainers", "zapatos": "shoes", "camiseta": "t-shirt", "chaqueta": "jacket",
    "pantalon": "trousers", "vestido": "dress",
    # account
    "cuenta": "account", "contrasena": "password",
    # body measures, for the size they fall in (tools/oms/size_fit.py)
    "pecho": "chest", "contorno de pecho": "chest", "cadera": "hip", "caderas": "hips", "entrepierna": "inseam",
    # account again: forgetting a password and resetting it, then signing in
    "olvidado": "forgot", "olvide": "forgot", "olvido": "forgot", "olvidar": "forget", "restablecer": "reset",
    "iniciar sesion": "sign in", "acceder": "access",
    "entrar": "log in", "correo": "email", "usuario": "user",
    # feelings and staff
    "queja": "complaint", "reclamacion": "complaint", "reclamar": "complain", "mal": "bad",
    "pesimo": "terrible", "horrible": "terrible", "persona": "person", "humano": "human", "agente": "agent",
    # what an order holds ("¿qué talla pedí?"; not "qué pedí": folded, it is also "que pedí", "that I ordered")
    "pedi": "i ordered", "que talla": "what size", "que color": "what colour",
    "articulos": "items", "que articulos": "which items", "productos": "products",
    # where the driver leaves a parcel ("¿puede dejarlo a un vecino?")
    "vecino": "neighbour", "vecina": "neighbour", "dejar": "leave", "dejarlo": "leave it", "deje": "leave",
    "instrucciones": "instructions", "instrucciones de entrega": "delivery instructions", "anado": "i add",
    "anadir": "add", "lugar seguro": "safe place", "puerta": "door",
    # what time it comes ("¿a qué hora llega?")
    "a que hora": "what time", "que hora": "what time", "franja horaria": "time window", "franja": "window",
    # a tracking number that does not work ("no funciona", "no se encuentra")
    "funciona": "works", "no funciona": "does not work", "encuentra": "found", "no se encuentra": "not found",
    "encontrado": "found", "correcto": "correct", "dice": "says",
    # how fast delivery can be ("¿entrega al día siguiente?", "hora límite")
    "cuesta": "costs", "siguiente": "next", "dia siguiente": "next day", "al dia siguiente": "the next day",
    "hora limite": "cut-off time", "limite": "limit", "salga": "ships", "mismo dia": "same day",
    # whether it fits ("no me queda bien")
    "queda": "fits", "quedan": "fit", "queda bien": "fits", "me queda": "fits me", "no me queda": "does not fit me",
    "quedar": "fit", "bien": "well",
    # where to (countries) and shipping verbs ("¿envían a Suiza?")
    "envian": "ship", "enviais": "ship", "envias": "ship", "suiza": "switzerland", "alemania": "germany",
    "francia": "france", "italia": "italy", "espana": "spain", "estados unidos": "united states",
    "reino unido": "united kingdom", "irlanda": "ireland", "paises bajos": "netherlands", "holanda": "netherlands",
    "belgica": "belgium", "canada": "canada",
    "japon": "japan", "brasil": "brazil", "noruega": "norway",
    # all but some, and more goods ("devolver todo excepto el abrigo")
    "todo": "everything", "todos": "all", "excepto": "except", "salvo": "except", "menos el": "except the",
    "menos la": "except the", "abrigo": "coat", "chaqueton": "coat", "sudadera": "sweatshirt", "botas": "boots",
    "gorro": "beanie", "cinturon": "belt", "falda": "skirt", "camisa": "shirt", "sandalias": "sandals",
    "jersey": "sweater", "vaqueros": "jeans",
    # washing and drying ("¿cómo lavo el jersey?")
    "lavar": "wash", "lavo": "wash", "lavarlo": "wash it", "lavadora": "washing machine", "secadora": "tumble dryer",
    "secar": "dry", "planchar": "iron", "encoge": "shrinks", "impermeable": "waterproof",
    # who a discount is for, and goods worn ("¿tienen descuento para estudiantes?", "unas zapatillas que ya usé")
    "estudiante": "student", "estudiantes": "students", "descuento para estudiantes": "student discount",
    "use": "wore", "usado": "worn", "usados": "worn", "usada": "worn", "usadas": "worn", "una vez": "once",
    # a return label that gives trouble ("la etiqueta de devolución ha caducado", "perdí la etiqueta")
    "etiqueta de devolucion": "return label", "caducado": "expired", "caduco": "expired", "ha caducado": "has expired",
    "vencido": "expired", "perdi": "I lost", "no me llego": "I never got",
    "impresora": "printer",
    # goods sent back, refunded, worn or bought on sale, said in the past ("devolví un pedido y no me han reembolsado")
    "devolvi": "i returned", "devolvimos": "we returned", "devuelto": "returned", "reembolsado": "refunded",
    "reembolsaron": "refunded", "reembolsen": "refund", "algo": "something", "rebajados": "on sale", "oferta": "offer",
}
