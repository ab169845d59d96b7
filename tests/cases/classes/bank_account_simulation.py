# A teaching-style class model: accounts, transactions, errors and reports.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"

    def __lt__(self, other):
        return self._balance < other._balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    __hash__ = None


class Savings(Account):
    interest = 0.015

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)


accts = [Account("ann", 100), Savings("bob", 1000), Savings("cy"), Account("dee", 50.5)]
accts[0].deposit(25).withdraw(10)
accts[2].deposit(300)
for op in [lambda: accts[3].withdraw(100), lambda: accts[0].deposit(-5),
           lambda: [accts[1].withdraw(1) for _ in range(3)]]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e, e.args)
    except Exception as e:
        print("other", type(e).__name__, e, isinstance(e, OSError))
for a in accts:
    a.month_end()
print(accts)
print(sorted(accts), sorted(accts, reverse=True)[0].owner, max(accts).balance)
print([a.id for a in accts], accts[1].history, accts[1] == accts[1], accts[1] == accts[2])
try:
    {accts[0]}
except TypeError as e:
    print("TypeError:", e)
print(Savings.interest, Account.interest, accts[1].interest, Account._next_id)
total = sum(a.balance for a in accts)
print(f"total={total:,.2f}", f"{total:.3e}", round(total, -2), int(total))
try:
    accts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(vars(accts[3]))
