var cn = new Cleave('#UMVGzaDhubda', {
    creditCard: true
});

